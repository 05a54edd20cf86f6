"""A length told in two units ("one year and four months") is one duration (durations.join_compounds)."""

from __future__ import annotations

import pytest

from labourlens.analyse.dates import find


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(t.text, t.days_low, t.days_high) for t in find(text) if t.kind == "duration"]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("He has waited one year and four months for his passport.", "one year and four months", 480, 492),
    ("They stayed in the camp for two years and six months.", "two years and six months", 905, 920),
    ("The crew was at sea for three weeks and two days.", "three weeks and two days", 23, 23),
    ("She worked there 5 years and 3 days in all.", "5 years and 3 days", 1828, 1830),
])
def test_two_units_joined_by_and_make_one_duration(text: str, span: str, low: float, high: float) -> None:
    found = _durations(text)
    assert len(found) == 1
    assert found[0][0] == span
    assert low <= (found[0][1] or 0) and (found[0][2] or 0) <= high + 1


@pytest.mark.parametrize("text", [
    "The contract ran for six months and the extension for two years.",  # two lengths, the smaller first
    "Contracts last six months and two years respectively.",
])
def test_a_smaller_unit_first_is_not_a_compound(text: str) -> None:
    assert len(_durations(text)) == 2


def test_a_point_in_time_after_and_is_not_joined() -> None:
    # "four months later" is a point in time, not part of the length
    assert _durations("He stayed two years, and four months later he left.") == [("two years", 730.0, 731.0)]
