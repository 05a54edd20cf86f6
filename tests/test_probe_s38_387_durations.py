"""Probe (s387): short lengths of time in travel notes and event pages: a length in hours and minutes ("roughly 2 hours
15 minutes", "two hours and ten minutes"), a task done "in under" some minutes, and hours of waiting. Near misses: a
match clock ("in the 88th minute"), a daily schedule ("8 hours 30 minutes a day"), a point ahead ("in 10 minutes").
Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import dates


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(t.text, t.days_low, t.days_high) for t in dates.find(text) if t.kind == "duration"]


@pytest.mark.parametrize(("text", "span", "days"), [
    ("The ferry takes roughly 2 hours 15 minutes and costs 12 euros.", "roughly 2 hours 15 minutes", 135 / 1440),
    ("The climb to the fort is two hours and ten minutes each way.", "two hours and ten minutes", 130 / 1440),
    ("The team loaded 30 crates in under three minutes.", "three minutes", 3 / 1440),
    ("Hire a driver for the day, three hours of waiting included.", "three hours", 3 / 24),
])
def test_short_length_found(text: str, span: str, days: float) -> None:
    got = _durations(text)
    assert any(span in t and low is not None and abs(low - days) <= max(0.005, 0.1 * days) for t, low, _ in got), got


@pytest.mark.parametrize("text", [
    "He scored in the 88th minute.",
    "They worked 8 hours 30 minutes a day.",
    "The gates open in 10 minutes.",
])
def test_near_miss_not_found(text: str) -> None:
    assert _durations(text) == [], _durations(text)
