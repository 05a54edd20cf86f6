"""Lengths of time worded in two more ways (study s345): a count of consecutive days ("12 straight days", "nine
successive weeks") and an open length after "well over" or "far more than" ("well over a year" runs from just more than
a year, as "over a year" does). A count of days before "a week" stays a rate, and "over two years" after a sum of money
stays the period it was earned in. Every text is invented."""

from __future__ import annotations

from labourlens.analyse import dates


def _durations(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(t.text, t.days_low, t.days_high) for t in dates.find(text) if t.kind == "duration"]


def test_consecutive_days_are_a_length() -> None:
    assert _durations("The cutters on the north field worked 12 straight days in March.") == [("12 straight days", 12.0, 12.0)]
    assert _durations("Deckhands sorted squid for nine successive weeks.")[0][0] == "nine successive weeks"


def test_well_over_a_year_is_open_from_a_year() -> None:
    found = _durations("The deckhands had not set foot ashore in well over a year.")
    assert found and found[0][0] == "well over a year"
    assert found[0][1] is not None and found[0][1] > 365.5


def test_rates_and_earning_periods_stay_as_they_were() -> None:
    assert _durations("They worked six consecutive days a week.") == []
    assert _durations("The broker earned well over $90,000 over two years.") == [("two years", 730.0, 731.0)]


def test_window_of_a_limit_is_no_length() -> None:
    assert _durations("Extra hours may not pass six across three consecutive days under the new decree.") == []
    assert _durations("No one may work more than 60 hours in any seven straight days.") == []
