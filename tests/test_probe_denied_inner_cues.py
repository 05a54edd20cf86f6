"""Probe of denials whose negated words are themselves a cue (DI): "we do not owe any salaries", "fines
were never deducted from basic salary", "found no practice of withholding wages" deny the abuse, while a
worker's own negation ("we did not see one dollar", "they were not allowed to keep even a phone") states
it; and of workers fined by whoever employs them. Every sentence is written for this test; companies and
people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators

DENIALS = [
    # a company or an authority denies the practice: no indicator counts
    ("The firm said penalties were rare and were never deducted from basic salary.", "withholding_of_wages"),
    ("Harbourline Security answered that it \"does not hold the passports of any guard\".", "retention_of_identity_documents"),
    ("The inspectorate has found no systematic practice of withholding wages at the farms.", "withholding_of_wages"),
    ("Cedar Facilities said it had \"no record\" of unpaid wages on the site.", "withholding_of_wages"),
]


@pytest.mark.parametrize(("text", "indicator"), DENIALS)
def test_denied_inner_cue_is_no_evidence(text: str, indicator: str) -> None:
    m = indicators.match(text)
    assert indicator not in {h.indicator for h in m.hits}
    assert indicator in {h.indicator for h in m.negated}


STATED = [
    # negative controls: the worker's own negation states the abuse and the hit stands
    ("We did not see one dollar in nine months.", "withholding_of_wages"),
    ("The foreman said the men never collected wages themselves.", "withholding_of_wages"),
    ("One plasterer said the crew were \"not allowed to keep even a phone\".", "isolation"),
    ("The men said they did not hold their passports.", "retention_of_identity_documents"),
    ("The cooks had not received their wages since June.", "withholding_of_wages"),
    ("They were not paid for four months.", "withholding_of_wages"),
]


@pytest.mark.parametrize(("text", "indicator"), STATED)
def test_workers_own_negation_still_counts(text: str, indicator: str) -> None:
    assert indicator in {h.indicator for h in indicators.match(text).hits}


FINED = [
    ("Couriers in Kuwait are being fined by their agencies for every late parcel.", True),
    ("Cleaners said they were penalised by the contractor for a missed shift.", True),
    ("The pickers were fined by their sponsor when a crate came in light.", True),
    # negative controls: an authority fines a company; a denial
    ("The agency was fined by the ministry last year.", False),
    ("The subcontractor was fined by the court for unsafe scaffolding.", False),
    ("Drivers were not fined by the company, its manager said.", False),
]


@pytest.mark.parametrize(("text", "hit"), FINED)
def test_workers_fined_by_employer(text: str, hit: bool) -> None:
    rules = {h.rule for h in indicators.match(text).hits}
    assert ("FL08.r14_fined_by_employer" in rules) is hit


THREATS = [
    ("The foreman said that if I went to the embassy he would cancel my visa.", "FL06.r14_cancel_visa_threat", True),
    ("Her sponsor threatened to revoke her residency when she asked for leave.", "FL06.r14_cancel_visa_threat", True),
    ("When the crew stopped work to ask for their wages, the manager called the police.", "FL06.r14_police_on_claimants",
     True),
    ("After the women protested over unpaid overtime, the owner summoned the police.", "FL06.r14_police_on_claimants", True),
    # negative controls: a sanction on companies; the police called for something else
    ("The ministry said it would cancel the permits of firms that broke the rules.", "FL06.r14_cancel_visa_threat", False),
    ("Residents called the police after a fire broke out in the market.", "FL06.r14_police_on_claimants", False),
]


@pytest.mark.parametrize(("text", "rule", "hit"), THREATS)
def test_threats_over_status_and_police(text: str, rule: str, hit: bool) -> None:
    assert (rule in {h.rule for h in indicators.match(text).hits}) is hit


HELD = [
    ("The household refused to release her when her contract ended.", "FL03.r14_refused_release", True),
    ("The sponsor said he had paid for them and could not release them.", "FL03.r14_refused_release", True),
    ("Mwende finally escaped by climbing over the compound wall at night.", "FL03.r14_escaped_by_window", True),
    ("Two cooks slipped out through a kitchen window before dawn.", "FL03.r14_escaped_by_window", True),
    # negative controls: a release of figures or on bail; a flight from a fire
    ("The company refused to release the audit figures.", "FL03.r14_refused_release", False),
    ("The police refused to release him on bail.", "FL03.r14_refused_release", False),
    ("The tenants fled through the window when the fire spread.", "FL03.r14_escaped_by_window", False),
]


@pytest.mark.parametrize(("text", "rule", "hit"), HELD)
def test_held_by_employer_and_escapes(text: str, rule: str, hit: bool) -> None:
    assert (rule in {h.rule for h in indicators.match(text).hits}) is hit
