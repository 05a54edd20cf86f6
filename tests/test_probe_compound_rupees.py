"""Probe of sums written in South Asian compound units (study of a held-out set on bonded labour): a count of lakhs
or crores followed by a smaller unit is one sum ("Rs 2 lakh 40 thousand" = 240,000), and a count of crores before
lakhs too; a number after the unit that counts something else stays out. The sentences are our own."""
from __future__ import annotations

import pytest

from labourlens.analyse import money

JOINED = [
    ("The family now owes Rs 2 lakh 40 thousand to the owner of the quarry.", "Rs 2 lakh 40 thousand", 240_000),
    ("Her brother borrowed Rs 1 lakh and 5 thousand for the wedding.", "Rs 1 lakh and 5 thousand", 105_000),
    ("The firm paid 3 crore 20 lakh rupees in fines last year.", "3 crore 20 lakh rupees", 32_000_000),
    ("He said the debt had reached 4 lakh 50 thousand rupees.", "4 lakh 50 thousand rupees", 450_000),
]


@pytest.mark.parametrize("sentence,span,value", JOINED)
def test_compound_units_are_one_sum(sentence: str, span: str, value: float) -> None:
    found = [a for a in money.find(sentence) if a.kind == "money"]
    assert len(found) == 1, found
    assert found[0].text.startswith(span) and found[0].value == value, found[0]


@pytest.mark.parametrize("sentence,value", [
    ("The kiln took Rs 5 lakh, 20 thousand bricks a week leave the yard.", 500_000),
    ("A loan of Rs 2 lakh 40 workers could not repay was written off.", 200_000),
    ("The advance was Rs 1.5 lakh, the union said.", 150_000),
])
def test_other_numbers_stay_out(sentence: str, value: float) -> None:
    found = [a for a in money.find(sentence) if a.kind == "money"]
    assert found and found[0].value == value, found


@pytest.mark.parametrize("sentence", [
    "In Achham the landlord lent the ploughman Rs 40,000 for his wife's treatment.",
    "A survey in Bajhang and Doti found that families owed Rs 60,000 on average.",
])
def test_rupees_of_nepal_far_west(sentence: str) -> None:
    """Rupees in a report set in Nepal's far or mid west, named by district only, are Nepali rupees."""
    found = [a for a in money.find(sentence) if a.kind == "money"]
    assert found and found[0].currency == "NPR", found
