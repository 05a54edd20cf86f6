"""Probes: "since the first week" is the start of a period, not a length of time; an ordinal period that is a length
("in the first week he was paid nothing") and counted lengths keep their reading. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META


def _durations(sentence: str) -> list[str]:
    a = analyse(LEAD + sentence, META)
    return [t.text for t in a.times if t.kind == "duration"]


def test_since_the_first_week_is_a_start() -> None:
    assert _durations('The foreman had kept their migration cards "since the first week".') == []
    assert _durations("The foreman had kept their cards since the first month.") == []


def test_lengths_stay() -> None:
    assert _durations("We worked for three months without pay.") == ["three months"]
    assert _durations("He was paid nothing in the first week.") == ["the first week"]
