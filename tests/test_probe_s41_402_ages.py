"""People counted by their age in a hyphenated plural ("two 15-year-olds", "a 17-year-old's passport") are no length of
time (a study of s41 on a held-out set; every sentence here is written for this test): no duration is read from the
age, while a contract's length written the same way ("a 2-year contract") still is."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse


def _durations(text: str) -> list[str]:
    return [t.text for t in analyse(text, {}).times if t.kind == "duration"]


@pytest.mark.parametrize("text", [
    "The raid freed 12 pickers, among them three 15-year-olds, from a farm where all were held in debt bondage.",
    "Police found two 17-year-olds among the men held in debt bondage at the kiln.",
])
def test_ages_in_the_plural_are_no_duration(text: str) -> None:
    assert _durations(text) == []


def test_a_contracts_length_stays_a_duration() -> None:
    assert "2-year" in _durations("He signed a 2-year contract and was then held in debt bondage.")

