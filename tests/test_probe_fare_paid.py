"""A fare or a fee that someone else raised money for is no sign of a wage worth nothing.

FL08's "bus fare" cue reads "they were left with bus fare" as pay worth nothing; "my uncle sold two goats to
pay my bus fare" tells of a family paying a fare. Sentences written for this test (fictional people)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _rules(text: str) -> set[str]:
    return {h.rule for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize("text", [
    "My uncle sold two goats to pay my bus fare to the first class.",
    "Her sister borrowed money from a neighbour for the bus fare.",
    "The agency reimbursed the bus fare of every applicant.",
    "We lent him the bus fare so he could sit the exam.",
])
def test_a_fare_paid_by_others_is_no_worthless_wage(text: str) -> None:
    assert "FL08.worth_nothing" not in _rules(text)


@pytest.mark.parametrize("text", [
    "After the deductions the crews were left with bus fare and little more.",
    "What they took home each month was bus fare.",
    "For a month of shifts the women got a pittance.",
])
def test_pay_worth_a_fare_still_counts(text: str) -> None:
    assert "FL08.worth_nothing" in _rules(text)
