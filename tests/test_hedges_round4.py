"""Hypotheticals added in round 4 (knowledge/hedges.yaml): a condition about abuse that has not
happened ("if wages were ever withheld, ...") and a forecast are no observations, so a claim made of
them carries no indicator. Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import is_hypothetical

HYPOTHETICAL = [
    "If wages were ever withheld, the union would take the case to court.",
    "If any passport was ever taken, the embassy said it would intervene.",
    "If the workers had been ever locked in, the inspectors would have noticed.",
    "Temperatures in Kuwait are expected to reach 50 degrees next week.",
    "Night frosts are forecast to drop below minus 30 in Khabarovsk.",
]

OBSERVED = [
    "Wages were withheld for four months, the welders said.",
    "Their passports were taken on the first day.",
    "Temperatures on the site reached 50 degrees and work went on.",
    "The men were never paid, even when they asked.",
    "If anything, the hours grew longer after the inspection.",
]


@pytest.mark.parametrize("text", HYPOTHETICAL)
def test_conditions_and_forecasts_are_hypothetical(text: str) -> None:
    assert is_hypothetical(text)


@pytest.mark.parametrize("text", OBSERVED)
def test_observations_are_not(text: str) -> None:
    assert not is_hypothetical(text)
