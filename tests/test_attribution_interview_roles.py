"""Generic turn labels, hearing records and pronouns in interviews: who answers (fictional texts)."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import attribute
from labourlens.analyse.interviewees import interviewee_name, not_name_labels, role_interviewee, role_label_names
from labourlens.analyse.mentions import find_mention, transcript_label
from labourlens.analyse.sentences import split


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    sents = split(text)
    sources, atts = attribute(text, sents, "Test Outlet")
    by = {s.key: s for s in sources}
    out = {}
    for s, a in zip(sents, atts):
        src = by.get(a.source)
        out[s.text] = (src.wording if src else None, src.kind if src else "outlet")
    return out


PODCAST = """NIGHT SHIFT RADIO, episode 12: The crab plant

HOST [Lena Ekberg]: Hello again. My guest worked for two years at a crab plant near Qingdao. He asked us to call him Tae-jun, which is not his real name.

GUEST [Tae-jun]: Thanks for inviting me.

HOST: Tell us about the hostel.

GUEST: We slept twelve men in one room. The door was locked every night at ten.

HOST: And the money?

GUEST: The plant paid about 2,500 yuan. We received 150 yuan a month.
"""

PODCAST_CALLED = """Harbour Voices podcast, episode 7

Our guest today, whom we call Min-ji, sewed jackets in a workshop in Hunchun for three years.

INTERVIEWER: Where did you live?

GUEST: In a dormitory above the workshop. We could not go out alone.

INTERVIEWER: Were you paid?

GUEST: The company paid our manager. We got nothing but soap money.
"""

COURT = """REGIONAL COURT - EXCERPT FROM THE TRANSCRIPT
Case: Pak v. Nordhavn Steelworks A/S
Hearing of 3 March 2024, Aarhus

WITNESS: PAK SUNG-MIN, former fitter

BY MS. LARSEN:
Q. Mr. Pak, who held your passport?
A. The team leader kept it in a drawer. I never saw it again until I left.
Q. How much were you paid?
A. About 200 kroner a week in cash. The Danish fitters earned much more.
"""

LAWYER = """In conversation with Ingrid Valstad, labour lawyer

The Oslo-based lawyer represents former overseas workers. She spoke to us by phone.

Q. What do your clients say?

A. Most of them were never paid. The family back home is the guarantee.

Q. Tell us about one case.

A. My client says she worked at a fish plant for two years without wages. She was told the money was being saved.
"""


@pytest.mark.parametrize("line", ["GUEST: We slept twelve men in one room.",
                                  "The door was locked every night at ten.",
                                  "GUEST: The plant paid about 2,500 yuan.", "We received 150 yuan a month."])
def test_bare_guest_label_is_the_bracketed_pseudonym(line: str) -> None:
    assert _speakers(PODCAST)[line] == ("Tae-jun", "named_person")


def test_bare_guest_label_is_the_person_the_intro_calls_by_a_name() -> None:
    got = _speakers(PODCAST_CALLED)
    assert got["GUEST: The company paid our manager."] == ("Min-ji", "named_person")
    assert got["We could not go out alone."] == ("Min-ji", "named_person")
    assert got["INTERVIEWER: Were you paid?"][1] == "outlet"  # the interviewer is the outlet's voice


@pytest.mark.parametrize("line", ["A. The team leader kept it in a drawer.", "I never saw it again until I left.",
                                  "A. About 200 kroner a week in cash."])
def test_hearing_record_answers_are_the_witness_in_the_heading(line: str) -> None:
    assert _speakers(COURT)[line] == ("Pak Sung-Min", "named_person")


def test_case_field_names_nobody() -> None:
    assert _speakers(COURT)["Case: Pak v. Nordhavn Steelworks A/S"][1] == "outlet"
    assert find_mention("Case: Pak v. Nordhavn Steelworks A/S", frozenset()) is None
    assert find_mention("Subscribe: new episodes every week.", frozenset()) is None
    assert find_mention("Interviewer: Where did you sleep?", frozenset()) is None
    assert find_mention("Kim: We were never paid.", frozenset()) is not None  # a name before a colon still speaks
    assert {"case", "subscribe", "interviewer"} <= not_name_labels()


@pytest.mark.parametrize("line", ["A. Most of them were never paid.", "The family back home is the guarantee."])
def test_a_pronoun_never_answers_the_conversation_partner_does(line: str) -> None:
    assert _speakers(LAWYER)[line] == ("Ingrid Valstad", "named_person")


@pytest.mark.parametrize(("before", "name"), [
    ("WITNESS: PAK SUNG-MIN, former fitter\n", "Pak Sung-Min"),
    ("Testimony of Ana Ruiz before the committee\n", "Ana Ruiz"),
    ("DORJ BATBAYAR, having been duly sworn, testified as follows:\n", "Dorj Batbayar"),
    ("My guest asked us to call her Mi-rae, not her real name.", "Mi-rae"),
])
def test_interviewee_name_from_headings_and_chosen_names(before: str, name: str) -> None:
    assert interviewee_name(before) == name


def test_role_interviewee_only_for_role_labels() -> None:
    intro = "Interview with Tomas Vidal, a former welder."
    assert role_interviewee("GUEST", intro) == "Tomas Vidal"
    assert role_interviewee("RESIDENT", intro) is None  # an unnamed person by what they are
    assert role_interviewee("GUEST", "A podcast about work.") is None  # nobody named


def test_role_label_names_with_square_brackets_and_one_word_names() -> None:
    text = "She asked us to call her Sun-ok.\n\nGUEST [Sun-ok]: Thank you.\n\nHOST [Ola Berg]: Welcome.\n"
    assert role_label_names(text) == {"guest": "Sun-ok"}
    assert role_label_names("GUEST [Unnamed]: Hello.\n") == {}  # a lone word never given before is no name


def test_time_coded_label_is_a_label() -> None:
    lab = transcript_label("[00:01:08] YUN: We got 120 euros.")
    assert lab is not None and lab[0] == "YUN"
    assert transcript_label("[note] We got 120 euros.") is None
