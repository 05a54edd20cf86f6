"""Probes: unpaid or withheld things that are no pay (a bill left unpaid, food withheld) are no withheld wages; wages
withheld are. Texts written for these tests; every person and company is fictional."""

from __future__ import annotations

from probe_helpers import indicators

WAGES = "withholding_of_wages"


def test_an_unpaid_bill_or_withheld_food_is_no_withheld_wage() -> None:
    assert WAGES not in indicators("The hostel lost power for a week because the landlord left an electricity bill unpaid.")
    assert WAGES not in indicators("The two maids said their employer withheld food from them whenever they argued.")
    assert WAGES in indicators("The two maids said their employer had withheld every dirham of their wages since March.")
