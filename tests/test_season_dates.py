"""Points in time told by season ("last summer", "since spring", "in the summer of 2023"), resolved against the
report's date; lengths in seasons stay durations."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import dates, season_dates

PUB = date(2025, 11, 12)


@pytest.mark.parametrize(("text", "span"), [
    ("The foreman has kept their patents since spring.", ("since spring", "2025-03-01", "2025-11-12")),
    ("She arrived last summer.", ("last summer", "2025-06-01", "2025-08-31")),
    ("They left last winter.", ("last winter", "2024-12-01", "2025-02-28")),
    # autumn 2025 had not ended on 12 November: the last one is the year before's
    ("He came back last autumn.", ("last autumn", "2024-09-01", "2024-11-30")),
    ("The camp closes this winter.", ("this winter", "2025-12-01", "2026-02-28")),
    ("Wages have been late since last fall.", ("since last fall", "2024-09-01", "2025-11-12")),
    ("The crew was hired in the summer of 2023.", ("summer of 2023", "2023-06-01", "2023-08-31")),
])
def test_season_points(text: str, span: tuple[str, str, str]) -> None:
    found = [(t.text, t.date, t.date_end) for t in dates.find(text, PUB) if t.kind == "relative"]
    assert found == [span]


def test_a_year_boundary_for_this_winter_in_january() -> None:
    [t] = season_dates.find("Heating failed this winter.", date(2026, 1, 20))
    assert (t.date, t.date_end) == ("2025-12-01", "2026-02-28")


@pytest.mark.parametrize("text", [
    "In winter it was forty below.",  # a season with no point named: no date
    "The Summer Palace was closed.",
    "the fall of the old regime",
    "in the winter of 2023",  # a winter given a year: either end of it, left to the year
])
def test_no_season_point(text: str) -> None:
    assert season_dates.find(text, PUB) == []


def test_no_report_date_no_relative_season() -> None:
    assert season_dates.find("since spring", None) == []
    assert [t.text for t in season_dates.find("in spring 2024", None)] == ["spring 2024"]


def test_seasons_counted_stay_durations() -> None:
    [t] = dates.find("They cut timber for three winters.", PUB)
    assert t.kind == "duration"
