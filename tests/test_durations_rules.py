"""dates.find durations: hours, halves, fortnights, elapsed-time prepositions, and the
filter (analyse/durations.py) that keeps frequencies, later-points, records, money and
working hours out. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import dates
from labourlens.model import TimeMention

PUB = date(2024, 5, 15)


def durations(text: str) -> list[TimeMention]:
    return [t for t in dates.find(text, PUB) if t.kind == "duration"]


def only(text: str) -> TimeMention:
    found = durations(text)
    assert len(found) == 1, [(t.text, t.days_low, t.days_high) for t in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The drive to the camp took five hours.", "five hours", 0.2, 0.21),
        ("The bus waited at the checkpoint for 36 hours.", "36 hours", 1.5, 1.5),
        ("They reached the port within 24 hours.", "24 hours", 1, 1),
        ("The questioning lasted between two and four hours.", "between two and four hours", 0.08, 0.17),
        ("She was sent back to her machine after an hour.", "an hour", 0.04, 0.042),
        ("He was let go after half an hour.", "half an hour", 0.02, 0.021),
    ],
)
def test_hours_as_lengths_of_time(text: str, span: str, low: float, high: float) -> None:
    t = only(text)
    assert t.text == span
    assert low <= t.days_low <= t.days_high <= high  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "The seamstresses worked 15 hours, sometimes more.",
        "Their shifts ran to 13 hours in the busy season.",
        "He said they sleep five hours at most.",
        "They work 11 hours a day and 70 hours a week.",
        "They were on 16-hour shifts.",
        "They get half an hour to eat.",
        "The generator runs for two hours in the evening.",
        "Shift length? Fourteen hours, the foreman said.",
    ],
)
def test_working_hours_and_breaks_are_not_durations(text: str) -> None:
    assert durations(text) == []


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("They stayed on the island for a year and a half.", "a year and a half", 545, 550),
        ("The men had been there two and a half years.", "two and a half years", 910, 916),
        ("She did not see her son for half a year.", "half a year", 182, 183),
        ("A contract of three and a half months", "three and a half months", 105, 108),
        ("They went unpaid for more than a year and a half.", "more than a year and a half", 547, 690),
        ("They were confined for a fortnight.", "a fortnight", 14, 14),
        ("The last fortnight was the worst.", "last fortnight", 14, 14),
        ("They were flown home within a week.", "a week", 7, 7),
        ("She fell ill after a month.", "a month", 29, 31),
        ("For the first year he sent nothing home.", "the first year", 365, 366),
        ("a month-long hunger strike", "month-long", 28, 31),
        ("several weeks of detention", "several weeks", 21, 63),
    ],
)
def test_new_duration_forms(text: str, span: str, low: float, high: float) -> None:
    t = only(text)
    assert span in t.text
    assert low <= t.days_low <= t.days_high <= high  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "A minder came every three weeks.",
        "Officials visited once a fortnight.",
        "Each six months the crews rotated.",
        "Two years later the plant closed.",
        "Three weeks earlier, the men had arrived.",
        "six days before the audit",
        "Eight months on, nobody was paid.",
        "Exports reached a ten-year high.",
        "a 14-day forecast",
        "They lost three months' pay.",
        "He was owed a year's salary.",
        "The women worked six and a half days a week.",
    ],
)
def test_not_lengths_of_time(text: str) -> None:
    assert durations(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They trained for two weeks before the tournament.", "two weeks"),
        ("More than three years after the ban, they remain.", "More than three years"),
        ("He worked there for over two years before he fled.", "over two years"),
    ],
)
def test_a_for_or_a_quantifier_keeps_a_length_before_later_words(text: str, span: str) -> None:
    assert only(text).text == span


def test_several_is_three_to_six() -> None:
    t = only("They stayed several years.")
    assert (t.days_low, t.days_high) == (1095.0, pytest.approx(2192, abs=2))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He spent three months on a fishing boat.", "three months"),
        ("She worked two years on the site in Kazan.", "two years"),
        ("Six months after the fire, the dormitory reopened.", "Six months"),
    ],
)
def test_on_and_after_keep_a_length(text: str, span: str) -> None:
    assert only(text).text == span


@pytest.mark.parametrize(
    "text",
    [
        "Their shifts, lasting 13 hours, began at dawn.",
        "The working day lasted 14 hours.",
        "They were given half a day off each month.",
        "It happened in the first week of March.",
        "In the first month of 2023, exports rose.",
    ],
)
def test_schedules_and_calendar_parts_are_not_durations(text: str) -> None:
    assert durations(text) == []


def test_the_first_months_of_a_stay_are_a_length() -> None:
    assert only("In the first year of his contract he repaid the broker.").text == "the first year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camp is five hours by truck from the nearest town.", ["five hours"]),
        ("The border post is about three hours' drive away.", ["about three hours"]),
        ("They were kept waiting for six hours at the gate.", ["six hours"]),
        ("Their day began at 6 a.m. and ended at 10 p.m., 16 hours in all.", []),
        ("Fourteen hours, the guard told me.", []),
        ("The river rose two metres in 12 hours.", ["12 hours"]),
    ],
)
def test_hours_need_a_cue_of_a_length_of_time(text: str, expected: list[str]) -> None:
    assert [t.text for t in durations(text)] == expected
