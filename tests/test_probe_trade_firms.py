"""Firms named by their trade in the plural or by the service they sell ("Karoo Valley Meats", "Tasman Timbers",
"Kestrel Labour Hire") speak as organizations, and so do meat processors and labour-hire providers counted or
given by their noun ("two of the four processors denied ...", "One abattoir, Karoo Valley Meats, said ...").
Every name is invented for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("wording", [
    "Karoo Valley Meats",
    "Tasman Timbers",
    "Kestrel Labour Hire",
    "The farm's labour-hire provider, Kestrel Labour Hire",
    "two of the four processors",
    "One abattoir, Karoo Valley Meats",
    "the meat processor",
])
def test_trade_firms_are_organizations(wording: str) -> None:
    assert classify(wording) == "organization", wording


def test_a_person_stays_a_person() -> None:
    assert classify("Ana Whitfield") == "named_person"
