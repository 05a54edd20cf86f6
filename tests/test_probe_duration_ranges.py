"""Durations (diagnosis of a blind set, our own wording): "between ten months and two years", a range whose
ends are told in two units, the smaller first, is one duration from the first end to the second; compounds
("one year and four months") and plain pairs without "between" keep their readings. Every text is written
for this test."""

from __future__ import annotations

from datetime import date

from labourlens.analyse.dates import find


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.text, m.days_low, m.days_high) for m in find(text, date(2025, 6, 1)) if m.kind == "duration"]


def test_between_two_units_is_one_range() -> None:
    got = _durations("Placements at the Darkhan yard last between eight months and two years.")
    assert len(got) == 1 and got[0][0] == "between eight months and two years"
    assert got[0][1] is not None and got[0][2] is not None and got[0][1] < 250 < 700 < got[0][2]
    got = _durations("The trial period runs between three weeks and two months.")
    assert [g[0] for g in got] == ["between three weeks and two months"]


def test_compounds_and_plain_pairs_keep_their_readings() -> None:
    got = _durations("She stayed at the Erdenet hostel for one year and four months.")
    assert [g[0] for g in got] == ["one year and four months"]
    got = _durations("He spent ten months in Darkhan and two years in Erdenet.")
    assert [g[0] for g in got] == ["ten months", "two years"]
