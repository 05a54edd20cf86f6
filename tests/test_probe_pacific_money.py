"""Probes: the money of Pacific and Peruvian fishing reports: Fijian dollars, the Peruvian sol as "S/ 1,300" (but not
the UN document "S/2024/215"), and "Rs" in a report set in Mauritius. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money
from probe_helpers import lexicon_indicators


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


@pytest.mark.parametrize(("sentence", "indicator", "fires"), [
    ("The passports of all 19 foreign crew were found in a locked drawer in the master's cabin.",
     "retention_of_identity_documents", True),
    ("The clip shows a man in an officer's jacket striking a crewman on the back.", "physical_and_sexual_violence", True),
    ("He said he had not received his 1,800-cedi monthly salary since June.", "withholding_of_wages", True),
    ("He had not received his visa yet.", "withholding_of_wages", False),
    ("Two fishers said they had asked to leave the vessel at the last port call and were refused.",
     "restriction_of_movement", True),
    ("The vessel did not enter any port for 16 months.", "isolation", True),
    ("The log records 560 days at sea without one day ashore.", "isolation", True),
    ("Most of them end with a plane ticket, not a salary.", "withholding_of_wages", True),
])
def test_the_wording_of_fishing_crews(sentence: str, indicator: str, fires: bool) -> None:
    assert (indicator in lexicon_indicators(sentence)) is fires
