"""Probes (s340): sponsorship systems in the Gulf and the Levant. A worker put on the record as absent from work, fees
charged above the state's cap or as a sum to each recruit, loan instalments that eat the pay, the lender calling for
the instalment, a residence card kept and not renewed, a worker locked in a place, food stopped, things thrown near a
worker, pay not received. Near misses stay quiet. Texts written for these tests; every
name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(("text", "kind"), [
    ("Two days after the strike the nine drivers were listed as absent from work.", "intimidation_and_threats"),
    ("By Monday the four cooks were absent on the system, their lawyer said.", "intimidation_and_threats"),
    ("The agency in Dhaka took fees above the legal ceiling from each of the welders.", "debt_bondage"),
    ("The firm charged recruits as much as 3,000 dollars for a place on the flight.", "debt_bondage"),
    ("The repayments are higher than my salary.", "debt_bondage"),
    ("Each month the cooperative collects the instalment from my father.", "debt_bondage"),
    ("His sponsor kept his residence permit and refused to renew it.", "abuse_of_vulnerability"),
    ("The employer still holds their residency permits.", "retention_of_identity_documents"),
    ("The madam locked him on the roof for a night.", "restriction_of_movement"),
    ("When the baby got sick the family stopped feeding her for a day.", "abusive_working_and_living_conditions"),
    ("Sometimes he hurled bottles towards me in the yard.", "intimidation_and_threats"),
    ("We borrowed from a moneylender and now we owe more than the wages we haven't received.", "withholding_of_wages"),
])
def test_sponsorship_indicators(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "Nine pupils were absent from school on Monday with the flu.",
    "The bank charged customers a small fee for the new cards.",
    "The interest on the savings account is higher than last year.",
    "The library refused to renew my membership because of a late book.",
    "He locked the shop and went home at six.",
    "The coach hurled the ball towards the goal.",
])
def test_near_misses_stay_quiet(text: str) -> None:
    assert not _kinds(text)
