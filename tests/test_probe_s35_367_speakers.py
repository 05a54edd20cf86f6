"""Speakers in a thread with bracketed post headers, a casework bulletin and a court digest (a study of s35 on a
held-out set; every text here is written for this test, with fictional people, firms and places, and real countries):

- a board's post header of a handle, bracketed fields ("[Posts: 12]", "[Moderator]"), "posted"/"replied" and the date
  gives the post below it to that handle;
- a speaker phrase that ran back over a day or month joined by "and" ("stopped coming after June and the skipper [says]") is
  the phrase after "and";
- a case's standing before a colon ("Case 3. Pending: ...") is no person named "Pending";
- a case under a numbered heading told by whoever brought it to the organisation ("His sister came to our office")
  is not the labelled person's testimony, and the "she" after "The sister of a cook from X came to our office" is
  that sister, not a speaker of an earlier case (an age inside "of a 30-year-old cook" is not "the 30-year-old");
- "Counsel for the accused" (no article before "counsel") is a person speaking in court.
"""

from __future__ import annotations

from attribution_helpers import claim_sources, find_claim
from labourlens.analyse.forum_posts import post_header
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify

THREAD = """SeaJobs Forum > Crew welfare > Tuna longliners
Thread: agency in Cebu keeps half my pay - what can I do?

reef_hand88  [Posts: 6]  posted 2 April 2026
My agency in Cebu pays my wife only 150 dollars of the 400 in my contract and says the rest is a bond. The captain keeps all our passports in his cabin.

Mod_Harbour  [Moderator]  replied 2 April 2026
Please keep copies of your payslips and contact the port chaplain when you are next in port.

bosun.Tomas  [Posts: 310]  replied 3 April 2026
On my vessel I never hold the crew's documents. But I have seen the bond trick many times with the Cebu agencies.
"""


def test_bracketed_post_headers_give_posts_to_their_handles() -> None:
    assert post_header("reef_hand88  [Posts: 6]  posted 2 April 2026", True) == ("reef_hand88", 44)
    assert post_header("Mod_Harbour  [Moderator]  replied 2 April 2026", True) is not None
    assert post_header("Officials replied 2 April", True) is None  # no handle, no bracketed field
    found = claim_sources(THREAD)
    assert find_claim(found, "keeps all our passports")[1] == "reef_hand88"
    assert find_claim(found, "bond trick")[1] == "bosun.Tomas"


def test_speaker_after_a_month_and_and() -> None:
    m = find_mention("Wages stopped coming after June and the skipper says the owners will pay in port.")
    assert m is not None and m.wording == "the skipper"
    m = find_mention("April and her sister told the court they were beaten.")
    assert m is not None and m.wording == "April and her sister"  # a person named April opening the sentence


def test_case_standing_is_no_name() -> None:
    assert find_mention("Pending: the crew remain on board.") is None


BULLETIN = """Fishers' Help Desk - Case bulletin, first quarter

Case 1. Six men on a squid jigger

Two crew members told us that the skipper kept them at sea for 13 months. The manning agent deducted 90 dollars a month from each man.

Case 2. A cook hurt in the galley

The sister of a 30-year-old cook from Batangas came to our Manila office in February. She told us that his arm was scalded and that the skipper would not let him see a doctor for a week.

Case 3. Pending: no contact yet
"""


def test_casework_case_is_the_teller_s_not_the_label_s() -> None:
    found = claim_sources(BULLETIN)
    _, wording, key = find_claim(found, "arm was scalded")
    assert wording == "The sister of a 30-year-old cook from Batangas"
    assert key != find_claim(found, "kept them at sea")[2]
    assert "Case 2" not in {w for _, w, _ in found.values()}


def test_party_counsel_is_a_person() -> None:
    assert classify("Counsel for the accused") == "anonymous_source"
    assert classify("Counsel for the claimants") == "anonymous_source"
    assert classify("Counsel for the company") == "organization"  # a firm's counsel speaks for the firm
    m = find_mention("Counsel for the accused contended the labourers could leave the farm on their day off.")
    assert m is not None and m.wording == "Counsel for the accused"
