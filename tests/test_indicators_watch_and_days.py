"""Round-the-clock watching is surveillance, not overtime; a day off a month is about rest, not
pay (fictional sentences)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def found(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence).hits}


@pytest.mark.parametrize("sentence", [
    "Security officials watch the workers around the clock.",
    "Guards patrol the dormitory round the clock.",
    "Cameras monitor the yard around the clock, the former welder said.",
])
def test_watching_around_the_clock_is_not_overtime(sentence: str) -> None:
    assert "excessive_overtime" not in found(sentence)


@pytest.mark.parametrize("sentence", [
    "The workers labour around the clock during the harvest.",
    "They work around the clock and sleep in shifts.",
    "The crews worked seven days a week without a day off.",
])
def test_working_around_the_clock_is_overtime(sentence: str) -> None:
    assert "excessive_overtime" in found(sentence)


@pytest.mark.parametrize("sentence", [
    "They get only one day off a month, if that.",
    pytest.param("The cooks receive just one rest day a month.", marks=pytest.mark.xfail(
        strict=True, reason="four loose pay rules ('receive just', 'receive only') fire before the object is known")),
])
def test_days_off_are_not_pay(sentence: str) -> None:
    hits = found(sentence)
    assert "withholding_of_wages" not in hits and "excessive_overtime" in hits


@pytest.mark.parametrize("sentence", [
    "The workers see barely 300 yuan a month.",
    "The women get maybe 50 dollars a month.",
])
def test_small_sums_kept_are_still_withheld_wages(sentence: str) -> None:
    assert "withholding_of_wages" in found(sentence)


@pytest.mark.parametrize("sentence", [
    "They were at the machines for 16 hours.",
    "We stood on our feet for 14 hours in the canning hall.",
    "The women sat at the looms for 13 hours.",
])
def test_long_hours_at_the_post_are_overtime(sentence: str) -> None:
    assert "excessive_overtime" in found(sentence)


@pytest.mark.parametrize("sentence", [
    "The workers spent 20 hours a week on the line.",
    "He was on the line for 2 hours.",
    "Inspectors reviewed 12 hours of footage from the production line.",
])
def test_hours_that_are_not_a_long_working_day(sentence: str) -> None:
    assert "excessive_overtime" not in found(sentence)
