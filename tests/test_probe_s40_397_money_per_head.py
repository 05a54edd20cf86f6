"""Probe (s397): a price per participant, trainee or guest followed by its dollar conversion in brackets is one
amount with a stated conversion, not two amounts. Near miss: a second sum in dollars that is no conversion stays.
Sentences written for this test."""

from __future__ import annotations

from labourlens.analyse import money


def _texts(text: str) -> list[tuple[str, float | None]]:
    return [(a.text, a.stated_usd) for a in money.find(text)]


def test_price_per_head_with_conversion() -> None:
    assert _texts("Entry: 90,000 dong per participant (about $4), with lunch.") == [("90,000 dong", 4.0)]
    assert _texts("The course costs 120 lari per trainee (roughly $45).") == [("120 lari", 45.0)]


def test_second_sum_is_no_conversion() -> None:
    found = _texts("Each guest paid 300 lari, and the hotel charged $20 for parking.")
    assert ("$20", None) in found
