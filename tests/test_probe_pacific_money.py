"""Probes: the money of Pacific and Peruvian fishing reports: Fijian dollars, the Peruvian sol as "S/ 1,300" (but not
the UN document "S/2024/215"), and "Rs" in a report set in Mauritius. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


@pytest.mark.parametrize(("text", "currency", "value"), [
    ("Crew on the jigger in Callao, Peru, were paid S/ 1,300 a month.", "PEN", 1300.0),
    ("He earned 1,200 Fijian dollars a month in Suva.", "FJD", 1200.0),
    ("The crew is owed Rs 2.4 million, a Port Louis official said of the Mauritius case.", "MUR", 2_400_000.0),
])
def test_currencies_of_fishing_reports(text: str, currency: str, value: float) -> None:
    found = [(a.currency, a.value) for a in money.find(text) if a.kind == "money"]
    assert found == [(currency, value)]


def test_a_un_document_number_is_no_sol() -> None:
    assert not [a for a in money.find("The Peruvian mission circulated document S/2024/215.") if a.kind == "money"]


def test_rs_in_a_report_from_india_stays_the_rupee() -> None:
    found = [a.currency for a in money.find("Workers from Kerala paid Rs 1.5 lakh to the agent in Kochi.")]
    assert found == ["INR"]
