"""Amounts joined by 'or': a bare first number shares the currency after it and makes one range
('300 or 400 euros'), and so do two rising amounts in the same currency ('$50 or $60 a month', as
annotators list them); a falling pair ('2,000 yuan or 1,500 yuan') and two currencies stay two.
Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


def _money(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(a.text, a.value, a.low, a.high) for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("In the end the crews got 40 or 70 dollars a month and nothing else.", 40.0, 70.0),
        ("A bed in the hostel cost 3,000 or 4,000 rubles, depending on the room.", 3000.0, 4000.0),
        ("In the end the crews got $40 or $70 a month and nothing else.", 40.0, 70.0),
        ("The broker in Dhaka took 200,000 taka or 250,000 taka from each recruit.", 200000.0, 250000.0),
    ],
)
def test_a_bare_number_or_an_amount_is_one_range(text: str, low: float, high: float) -> None:
    assert [(lo, hi) for _, _, lo, hi in _money(text)] == [(low, high)]


@pytest.mark.parametrize(
    "text",
    [
        "They asked for 2,000 yuan or 1,500 yuan, a worker said.",
        "The agent wanted $900 or $700, depending on the visa.",
    ],
)
def test_falling_amounts_with_their_own_currency_stay_two(text: str) -> None:
    found = _money(text)
    assert len(found) == 2 and all(low is None for _, _, low, _ in found)


def test_or_between_two_currencies_is_no_range() -> None:
    found = _money("He was paid 5,000 rubles or $80 at the time.")  # a conversion or two sums
    assert found and all(low is None for _, _, low, _ in found)
