"""Probes for the classes fixed in the study of heldout162 (own wording, not the set's)."""

from __future__ import annotations

from labourlens.analyse import indicators
from labourlens.analyse.mention_rereads import reread
from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    a = analyse(text, {"language": "en"})
    by_key = {s.key: s for s in a.sources}
    out = []
    for c in a.claims:
        s = by_key.get(c.source)
        out.append((c.text, s.wording if s else None, s.kind if s else None))
    return out


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    for claim, wording, kind in _speakers(text):
        if fragment in claim:
            return wording, kind
    raise AssertionError(f"no claim with {fragment!r}")


# --- a guest given by one name and her age in a broadcast's cast line
_RADIO = """LAKESIDE FM RADIO \u2014 transcript, Saturday Diaspora Hour

Host: Grace Achieng
Guest: Wanjiru, 31, who came back from Riyadh in March (surname withheld)

Q: How did you get to Riyadh?
A: A broker in Eldoret told me I would work in a hotel. I paid him 40,000 shillings.

Q: What was the house like?
A: I slept in the laundry room. I worked from six in the morning until midnight, every day. They did not let me go out.
"""

_RADIO_TWO_WORDS = _RADIO.replace("Guest: Wanjiru, 31, who came back", "Guest: Wanjiru Kamau, who came back")


def test_guest_named_by_one_name_and_age_speaks_the_answers() -> None:
    assert _speaker_of(_RADIO, "told me I would work in a hotel") == ("Wanjiru", "named_person")
    assert _speaker_of(_RADIO, "did not let me go out")[0] == "Wanjiru"


def test_guest_with_full_name_unchanged() -> None:
    assert _speaker_of(_RADIO_TWO_WORDS, "did not let me go out")[0] == "Wanjiru Kamau"


# --- a bulletin's box of figures: the counted bullets are the publisher's; a "she" after it is the case told next
_BULLETIN = """DESERT HELPLINE | quarterly bulletin, spring 2024
A free line for migrant cleaners in Bahrain.

By the numbers
- 305 calls answered, up from 260.
- 88 said their sponsor kept their passport.
- 41 reported wages unpaid for two months or more.
- 9 reported being beaten by someone in the house.

Story of the quarter
A Kenyan cleaner in Riffa wrote to us after her sponsor threatened to report her as a runaway. She told our volunteer she had borrowed 90,000 shillings for the agency fee and still owed most of it.

Our volunteer, Leah Otieno, said such threats were common this spring.
"""

_NO_BOX = """Bahrain Daily Note

The group interviewed 30 cleaners in Manama. 41 said their sponsors kept their passports and had not paid them for two months.
"""


def test_counted_bullets_in_a_figures_box_are_the_page() -> None:
    for fragment in ("kept their passport", "wages unpaid", "being beaten"):
        assert _speaker_of(_BULLETIN, fragment) == (None, "outlet"), fragment


def test_pronoun_after_the_box_goes_to_the_case_not_the_last_count() -> None:
    wording, kind = _speaker_of(_BULLETIN, "borrowed 90,000 shillings")
    assert wording == "A Kenyan cleaner in Riffa"
    assert kind == "anonymous_source"


def test_count_outside_a_box_unchanged() -> None:
    wording, _ = _speaker_of(_NO_BOX, "kept their passports")
    assert wording is not None and wording.startswith("41")


# --- a person who runs a rights or returnee group speaks as a person; one who runs a firm speaks for it
def test_head_of_rights_group_is_a_person() -> None:
    assert classify("Mary Wanjiku, who runs the Nakuru-based returnee group Home Safe Kenya") == "named_person"
    assert classify("Tomas Reyes, who heads the rights group Open Door") == "named_person"


def test_head_of_firm_still_speaks_for_it() -> None:
    assert classify("Tomas Reyes, who runs a licensed agency in Cebu") == "organization"
    assert classify("Mads Holm, who owns Harbourline Seafood") == "organization"


# --- "Said" as a given name
def test_said_as_given_name_is_part_of_the_speaker() -> None:
    text = "A Sohar shop owner, Said al-Rawahi, said his neighbours kept their maid's passport and had not paid her."
    a = _speaker_of(text, "kept their maid's passport")
    assert a[0] is not None and "Said al-Rawahi" in a[0]
    assert a[1] == "named_person"


def test_said_as_verb_unchanged() -> None:
    m = find_mention("A Sohar shop owner said he had never seen a maid locked in a house.")
    assert m is not None and m.wording == "A Sohar shop owner"
    m = find_mention('"We are not paid," said the cleaner, who works in Sohar.')
    assert m is not None and "cleaner" in m.wording


# --- a document whose verb follows a long aside on its history
def test_document_past_its_history_aside_speaks() -> None:
    text = ("The circular, dated 2 June 2023 and sent to every branch of the agency Blue Palm Staffing, instructs staff "
            "to keep every cleaner's passport until she has paid back her recruitment debt.")
    m = reread(find_mention, text)
    assert m is not None and m.wording == "The circular"
    text2 = ("A third page of the letter, also seen by the Herald, instructs managers to tell maids who want to leave "
             "that they owe the agency their fare home.")
    m = reread(find_mention, text2)
    assert m is not None and m.wording == "A third page of the letter"


def test_person_past_an_aside_unchanged() -> None:
    text = "The cleaner, sent home by her sponsor in May, went to the embassy for a new passport."
    assert reread(find_mention, text) is None


# --- a body that "told the bulletin" speaks
def test_body_told_the_bulletin_speaks() -> None:
    m = find_mention("The Labour Directorate told the bulletin that it looks into every runaway report within a week.")
    assert m is not None and m.wording == "The Labour Directorate" and m.cue == "told"


def test_told_a_person_unchanged() -> None:
    m = find_mention("The Labour Directorate told the worker that her case was closed.")
    assert m is None or m.wording != "The Labour Directorate" or m.cue != "told"


# --- a case summary's pronoun goes to the person its heading names
_CASES = """Coastal Domestic Workers Desk
Case notes: Oman, first half of 2024

CASE 3 \u2014 "Mercy", 33, Ghana, Muscat
Mercy reached our desk after nine months without pay. She says her sponsor kept her passport and she was never given a day off.

CASE 4 \u2014 "Esther", 41, Nigeria, Sohar
Esther's contract gives a monthly wage of 120 rials. She told us the family took her passport and locked her in when they went out.
"""


def test_pronoun_under_case_heading_is_the_named_person() -> None:
    assert _speaker_of(_CASES, "never given a day off") == ("Mercy", "named_person")
    assert _speaker_of(_CASES, "locked her in") == ("Esther", "named_person")


# --- indicator cues: short sleep, a back room, the household's leftovers
def _rules(text: str) -> set[str]:
    return {h.rule.split(".", 1)[1] for h in indicators.match(text).hits}


def test_short_sleep_reads_as_overtime_and_conditions() -> None:
    found = {h.indicator for h in indicators.match("Mercy said she was seldom allowed more than three hours' sleep a night.").hits}
    assert {"excessive_overtime", "abusive_working_and_living_conditions"} <= found


def test_sleep_advice_is_no_indicator() -> None:
    assert "r162_hours_sleep" not in _rules("Doctors say newborns need more than fourteen hours of sleep a day.")


def test_back_room_confinement_and_control() -> None:
    assert "r162_kept_in_back_room" in _rules("Maids who refused were held in a back room of the agency for a week.")
    assert "r162_kept_in_back_room" not in _rules("Old files were kept in a back room of the agency.")


def test_leftovers_and_control() -> None:
    assert "r162_fed_leftovers" in _rules("For two years I ate what the family left on their plates.")
    assert "r162_fed_leftovers" not in _rules("The children ate everything and left for school.")
