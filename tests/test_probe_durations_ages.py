"""An age told as "N years of age" or "N years old" is no length of time (analyse.durations); the length beside it
stays. Sentences written for this test; the reports are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse


def _durations(text: str) -> list[str]:
    a = analyse(text, {"published": "2026-01-01", "language": "en"})
    return [t.text for t in a.times if t.kind == "duration"]


@pytest.mark.parametrize("text", [
    "Inspectors found 30 workers, including 9 children below 15 years of age, at the quarry.",
    "Two girls under 16 years of age were sent home.",
])
def test_age_is_no_duration(text: str) -> None:
    assert _durations(text) == []


def test_length_beside_an_age_stays() -> None:
    assert _durations("The boy, under 14 years of age, had worked there for two years.") == ["two years"]
