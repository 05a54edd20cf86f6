"""Probes: "since the first week" is the start of a period and "one month out of three" a share, not lengths of time;
"from two weeks to three months" is one range; an ordinal period that is a length
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


def test_from_one_unit_to_another_is_one_range() -> None:
    a = analyse(LEAD + "Courses last from two weeks to three months.", META)
    spans = [(t.text, t.days_low, t.days_high) for t in a.times if t.kind == "duration"]
    assert len(spans) == 1 and spans[0][1] == 14.0 and (spans[0][2] or 0) > 88
    # negative control: no "from", two lengths stay two
    a2 = analyse(LEAD + "He went to Osh for two weeks to three months.", META)
    assert len([t for t in a2.times if t.kind == "duration"]) == 2


def test_part_out_of_a_whole_is_no_length() -> None:
    assert _durations("They were paid for one month out of three.") == []
    assert _durations("They were paid for one month.") == ["one month"]
