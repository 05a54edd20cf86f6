"""A state body's or organisation's belief or finding that opens a sentence a person closes ("The agency
believes ..., the senator said") is the body's: the innermost source speaks, the person relays it. People's
beliefs stay the account of the one who reports them."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention


@pytest.mark.parametrize(("sentence", "inner", "relay"), [
    ("The ministry believes the fishermen were paid nothing for a year, the senator said.", "The ministry",
     "the senator"),
    ("Police believe the women were trafficked through Vladivostok, the prosecutor said.", "Police", "the prosecutor"),
    ("The agency also estimates that 2,000 workers were sent abroad last year, the lawmaker told reporters.",
     "The agency", "the lawmaker"),
    ("The audit found that wages were withheld for months, Ms Ortega said.", "The audit", "Ms Ortega"),
])
def test_the_body_that_opens_the_sentence_speaks(sentence: str, inner: str, relay: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == inner and m.relay == relay


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Some residents believe the men were paid nothing, the official said.", "the official"),
    ("The men believe they were cheated of their wages, the lawyer said.", "the lawyer"),
    ("Many workers believe their passports were sold, a union organiser said.", "a union organiser"),
])
def test_people_s_beliefs_stay_the_reporter_s_account(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker and m.relay is None


def test_people_who_found_someone_are_no_finding() -> None:
    m = find_mention("Inspectors of the labour office found 23 Uzbek welders at the yard, the regional ministry said.")
    assert m is not None and m.wording == "the regional ministry" and m.relay is None
