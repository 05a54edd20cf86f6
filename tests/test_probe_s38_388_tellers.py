"""First-person accounts whose teller a note at the head names (a study of s38 on a held-out set; every text here is
written for this test, with fictional people, firms and outlets, and real countries and places):

- a standfirst that says "He asked that I use the name X" (or "asked us to use the name X") gives the account under
  it to X, as "She asked me to call her X" does;
- a post's note that says it was put up "from a member posting as X" gives the first-person post under it to X.

Near misses: a story that quotes the person after such a note is no account of theirs, and a note naming no first-person
writer leaves the page's plain sentences to the page.
"""

from __future__ import annotations

from attribution_helpers import claim_sources, find_claim

STANDFIRST = """FIELD VOICES - From the orchards

"We paid the gangmaster before we saw a tree"

A fruit picker of 41 from Osh describes her autumn in the orchards near Krasnodar. She asked that I use the name Gulnara.
Her account was taped in Bishkek over two evenings.

I went north in August with my sister. The gangmaster took 30,000 roubles from each of us for the bus and the bed.

We picked apples until nine at night, and the supervisor kept our passports in his car.
"""

US_TO_USE = STANDFIRST.replace("She asked that I use the name Gulnara.", "She asked us to use the name Gulnara.")

FORUM = """Archived post: "The training placement was a warehouse"

Put up on a Vietnamese students' board in March from a member posting as "Thu Ha". The board took it down a week
on; our desk translated a saved copy.

I study logistics at a college in Nghe An. In October the college sent forty of us to a parcel warehouse in Binh Duong.

We worked twelve hours a night and the college kept half of our pay as a fee. The supervisor held our student cards
until the end of the placement.
"""

QUOTED = """FIELD VOICES - From the orchards

A fruit picker of 41 from Osh describes her autumn near Krasnodar. She asked that I use the name Gulnara.

"The gangmaster took 30,000 roubles from each of us and kept our passports," she said. The regional labour office
said it had found no forced labour in the orchards.
"""


def test_standfirst_asking_for_a_name_names_the_teller() -> None:
    for text in (STANDFIRST, US_TO_USE):
        found = claim_sources(text)
        assert find_claim(found, "took 30,000 roubles")[1] == "Gulnara"
        assert find_claim(found, "kept our passports")[1] == "Gulnara"


def test_post_from_a_member_posting_as_names_the_writer() -> None:
    found = claim_sources(FORUM)
    kind, wording, _ = find_claim(found, "kept half of our pay")
    assert (kind, wording) == ("named_person", "Thu Ha")
    assert find_claim(found, "held our student cards")[1] == "Thu Ha"


def test_near_miss_office_in_a_quoting_story_keeps_speaking() -> None:
    found = claim_sources(QUOTED)
    assert find_claim(found, "found no forced labour")[0] in ("official", "organization")
