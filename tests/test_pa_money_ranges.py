"""Two amounts in the same currency joined by 'or' are one range, as a bare first number
already is ('300 or 400 euros'). Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


def _money(text: str) -> list[tuple[float | None, float | None, float | None]]:
    return [(a.value, a.low, a.high) for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("In the end the crews got $40 or $70 a month and nothing else.", 40.0, 70.0),
        ("A bed in the hostel cost 3,000 rubles or 4,000 rubles, depending on the room.", 3000.0, 4000.0),
        ("The broker in Dhaka took 200,000 taka or 250,000 taka from each recruit.", 200000.0, 250000.0),
        ("Fines of €100 or €150 were docked for a late return.", 100.0, 150.0),
    ],
)
def test_same_currency_or_is_one_range(text: str, low: float, high: float) -> None:
    assert _money(text) == [(None, low, high)]


@pytest.mark.parametrize(
    "text",
    [
        "He was paid 5,000 rubles or $80 at the time.",  # two currencies: a conversion or two sums
        "They asked for 2,000 yuan or 1,500 yuan, a worker said.",  # falling: not a range
    ],
)
def test_or_between_different_or_falling_amounts_stays_two(text: str) -> None:
    assert all(low is None for _, low, _ in _money(text))
