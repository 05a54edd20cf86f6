"""Notes that something is unverified: a line that says what it does not do ("The helpline does not verify callers'
accounts independently") and a report "not officially confirmed" by the police. Controls: a firm that "does not
check passports" and a claim that names nothing unverified stay claims. Every text is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges


@pytest.mark.parametrize("sentence", [
    "The helpline does not verify callers' accounts independently; figures describe what callers told us.",
    "The information about the case has not been officially confirmed by the regional police.",
    "The monitor does not check the workers' complaints against payroll records.",
])
def test_unverified_notes(sentence: str) -> None:
    assert hedges.unconfirmed_start(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The firm does not check workers' passports at the gate.",
    "The police confirmed that the men had been paid.",
])
def test_controls(sentence: str) -> None:
    assert hedges.unconfirmed_start(sentence) is None
