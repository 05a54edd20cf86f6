"""Probes (session 39, from heldout389's duration misses): a half written without its article in plain speech ("four
and half months") is a length of time like "four and a half months"; a count of days "in every week" or "in each
week" is a working rota, not a length of time. Near misses: "four and a half months" keeps its reading, and a stay
"for six days" stays a duration. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse


def _durations(text: str) -> list[tuple[str, float, float]]:
    return [(t.text, t.days_low or 0.0, t.days_high or 0.0) for t in analyse(text, {}).times if t.kind == "duration"]


def test_a_half_without_its_article_is_a_duration() -> None:
    found = _durations("The wages have been owed for four and half months.")
    assert [t for t, _, _ in found] == ["four and half months"]
    assert 136 < found[0][1] < found[0][2] < 138


def test_days_in_every_week_are_a_rota() -> None:
    found = _durations("We cut cane from dawn to dusk, five days in every week.")
    assert not any("five days" in t for t, _, _ in found)
    found = _durations("The crew worked five days in each week on the farm.")
    assert not any("five days" in t for t, _, _ in found)


def test_near_misses_keep_their_durations() -> None:
    assert [t for t, _, _ in _durations("She stayed four and a half months at the shelter.")] == ["four and a half months"]
    assert [t for t, _, _ in _durations("He was held at the camp for six days in March.")] == ["six days"]
