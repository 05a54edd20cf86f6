"""Durations (diagnosis of heldout54 and heldout55, our own wording): "the first year and a half" is a year and a
half, time "given", "granted" or "stayed" is a length ("given a week to pay"); what is no duration: the period a sum is paid for ("we got 30,000 for a month"), the days of a rota
("two-days-on, two-days-off", "six days out of seven", "a day of rest") and a figure compared with the past ("12% more than a year
earlier"); controls keep their readings. Every text is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse.dates import find


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(m.text, m.days_low, m.days_high) for m in find(text, date(2025, 6, 1)) if m.kind == "duration"]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("For the first year and a half, everything she earned went to the broker.", "the first year and a half", 540, 550),
    ("He spent the last month and a half in a shelter in Muscat.", "the last month and a half", 44, 47),
])
def test_the_first_year_and_a_half(text: str, span: str, low: float, high: float) -> None:
    got = _durations(text)
    assert len(got) == 1 and got[0][0] == span, got
    assert got[0][1] is not None and got[0][2] is not None and low <= got[0][1] <= got[0][2] <= high, got


@pytest.mark.parametrize("text", [
    "Some months we got 40,000 for a month, some months nothing.",
    "The drivers were paid 300 dollars for one week.",
    "She got 9,000 rubles for the first month instead of the 40,000 promised.",
    "The roster shows ten-hour shifts on a three-days-on, three-days-off pattern.",
    "They work two days on, two days off.",
    "The cleaners describe long shifts on six days out of seven.",
    "Transfers rose to $2 billion, 12% more than a year earlier.",
    "Cargo was 3 percent lower than a year ago.",
    "Two women who collapsed were given a day of rest and sent back to the line.",
    "He was given a day off after the accident.",
])
def test_no_duration(text: str) -> None:
    assert _durations(text) == [], _durations(text)


@pytest.mark.parametrize(("text", "span"), [
    ("The men were held at the camp for a month.", "a month"),
    ("He stayed in Kuwait more than a year.", "more than a year"),
    ("She was paid 500 dollars for two months of work.", "two months"),
    ("They spent two days on the road to Jeddah.", "two days"),
    ("It took a year and a half to repay the agent.", "a year and a half"),
    ("For the first month the cooks were locked in the kitchen block.", "the first month"),
    ("The contractor was given a week to pay what it owed the cleaners.", "a week"),
    ("The agency was granted a month to bring the women home.", "a month"),
    ("She stayed a month in the shelter before her flight.", "a month"),
])
def test_controls(text: str, span: str) -> None:
    assert [g[0] for g in _durations(text)] == [span]
