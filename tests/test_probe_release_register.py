"""The register of an official release translated from Russian: "foreign citizens" are the workers, wages "paid
irregularly and not in full" and "the total debt to the workers" are wages withheld (a debt owed to the workers is
no debt bondage), and workers "accommodated in a building which does not meet sanitary requirements" live in abusive
conditions. Controls: debts paid off, wages paid in full, and a fire-safety breach stay without these indicators.
Every text is written for this test; firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import indicators, speaker

RELEASE = """Prosecutor's Office of Tomsk Oblast
Press service

A check by the Kirovsky district prosecutor's office at a brick plant in Tomsk established that 14 foreign citizens from the Republic of Tajikistan were performing work without employment contracts.

It was established that, from April to July, wages were paid to the foreign citizens irregularly and not in full. The total debt to the workers amounted to more than 1.8 million rubles.

The check revealed that the passports of nine foreign citizens were kept by the plant's personnel officer.

The workers were accommodated in a warehouse on the territory of the plant which does not meet sanitary requirements.
"""


@pytest.mark.parametrize("frag,indicator", [
    ("irregularly and not in full", "withholding_of_wages"),
    ("total debt to the workers", "withholding_of_wages"),
    ("passports of nine foreign citizens", "retention_of_identity_documents"),
    ("does not meet sanitary", "abusive_working_and_living_conditions"),
])
def test_release_sentences_carry_their_indicators(frag: str, indicator: str) -> None:
    from labourlens.analyse.pipeline import analyse

    a = analyse(RELEASE, {"published": "2025-03-01", "language": "en"})
    c = next(c for c in a.claims if frag in c.text)
    assert indicator in {h.indicator for h in c.indicators}
    assert speaker(RELEASE, frag)[1] in (None, "outlet")


def test_debt_to_workers_is_no_debt_bondage() -> None:
    assert "debt_bondage" not in indicators("The total debt to the workers amounted to more than 1.8 million rubles.")


@pytest.mark.parametrize("sentence,indicator", [
    ("The company paid its debts to the workers last year.", "withholding_of_wages"),
    ("The workers were paid in full and on time.", "withholding_of_wages"),
    ("The warehouse where the workers were accommodated does not meet fire safety rules.",
     "abusive_working_and_living_conditions"),
])
def test_controls(sentence: str, indicator: str) -> None:
    assert indicator not in indicators(sentence)
