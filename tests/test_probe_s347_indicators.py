"""Probes (s347): forced criminality and domestic servitude in Britain and Ireland. A visa bound to a household, a
worker cut on the body, a woman who may not refuse clients, a payslip showing more hours than are paid, pay said to
go on the fare, a bed in a room that is no bedroom, work for every hour a business opens, a ban on talking to anyone
outside, a biometric residence permit kept, papers taken in the passive. Near misses stay quiet. Texts written for
these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(("text", "kind"), [
    ("The cook came on a work visa tied to the family of a consul.", "abuse_of_vulnerability"),
    ("I was cut on the arm with a knife as a punishment.", "physical_and_sexual_violence"),
    ("She had to see clients all evening and could not refuse any of them.", "physical_and_sexual_violence"),
    ("My timesheet says 50 hours but they pay me for 42.", "withholding_of_wages"),
    ("The boss said all our money went on the flight at first.", "debt_bondage"),
    ("He slept on a sofa in the family's living room.", "abusive_working_and_living_conditions"),
    ("The nanny slept on a camp bed in the laundry room.", "abusive_working_and_living_conditions"),
    ("The cooks worked every hour that the restaurant was open.", "excessive_overtime"),
    ("The cleaner was told she would be sent home if she spoke to anybody outside the house.", "isolation"),
    ("She said the agent still keeps her BRP in a drawer.", "retention_of_identity_documents"),
])
def test_uk_servitude_indicators(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "The kids had a sleepover in the living room.",
    "The museum is open every hour of daylight.",
    "The barber cut my hair on Tuesday.",
    "Papers were taken to the printer on Monday.",
    "Documents were taken from the office by detectives.",
    "The council said the grant went on the new roof.",
])
def test_near_misses_stay_quiet(text: str) -> None:
    assert not _kinds(text)


def test_papers_denied_taken_is_no_lack_of_papers() -> None:
    m = indicators.match("She said no papers were ever taken off any of the cleaners.")
    assert "abuse_of_vulnerability" not in {h.indicator for h in m.hits}
    assert "retention_of_identity_documents" in {h.indicator for h in m.negated}


def test_a_fee_clients_cannot_refuse_is_no_violence() -> None:
    assert "physical_and_sexual_violence" not in _kinds("Clients who book late cannot refuse the cancellation fee.")
