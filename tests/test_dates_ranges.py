"""A year written once at the end of a month range applies to both ends."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import dates

PUB = date(2024, 3, 5)


@pytest.mark.parametrize(
    "text, first",
    [
        ("Interviews took place between February and June 2025.", "2025-02-01"),
        ("The crew worked there from April to September 2023.", "2023-04-01"),
        ("Between January and March 2022 the plant hired 40 women.", "2022-01-01"),
        ("The contract ran from 3 May to 9 August 2021.", "2021-05-03"),
        ("Shifts were longest from May through July 2019.", "2019-05-01"),
    ],
)
def test_range_year_applies_to_first_month(text: str, first: str) -> None:
    found = dates.find(text, PUB)
    assert found[0].date == first, found
    assert found[0].kind == "date"


def test_range_crossing_new_year_takes_year_before() -> None:
    found = dates.find("The men were confined from November to February 2024.", PUB)
    assert found[0].date == "2023-11-01"
    assert found[0].date_end == "2023-11-30"
    assert found[1].date == "2024-02-01"


def test_leap_year_month_end_recomputed() -> None:
    found = dates.find("The survey ran between February and April 2028.", PUB)
    assert found[0].date_end == "2028-02-29"


def test_plain_and_without_between_keeps_publication_year() -> None:
    # "in February and June 2025" is not surely one range: February keeps the rule for a bare month
    found = dates.find("Raids happened in February and June 2025.", PUB)
    assert found[0].date == "2024-02-01"


def test_separate_sentences_are_not_a_range() -> None:
    found = dates.find("The men left in February. In June 2025 others came.", PUB)
    assert found[0].date == "2024-02-01"
