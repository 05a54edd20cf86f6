""""per worker" distributes an amount; the time period after it still counts."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


@pytest.mark.parametrize(
    "text, per",
    [
        ("The employer paid RMB 2,200 [USD 305] per worker a month to the agency.", "month"),
        ("The firm transferred 60,000 rubles per person each month.", "month"),
        ("Brokers took 50 dollars per head every week.", "week"),
        ("They were charged 400 yuan per worker per day for meals.", "day"),
        ("A monthly fee of 300 dollars per worker went to the state.", "month"),
    ],
)
def test_period_after_distribution(text: str, per: str) -> None:
    found = [a for a in money.find(text, "2024-03-05") if a.kind == "money"]
    assert found[0].per == per


def test_distribution_alone_is_kept() -> None:
    found = money.find("The company paid a bonus of 80 dollars per worker.", "2024-03-05")
    assert found[0].per == "person"


def test_conversion_still_read_with_distribution() -> None:
    found = money.find("It paid RMB 2,200 [USD 305] per worker a month.", "2024-03-05")
    assert found[0].stated_usd == 305.0
    assert found[0].per == "month"
