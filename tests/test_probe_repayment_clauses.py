"""A clause named for what it does ("a repayment clause", "a training bond"): the sum a worker who leaves early owes,
a debt that ties them to the job; a charge sheet's "modern slavery offences" is a legal label, no condition of work.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize("text", [
    "Nurses recruited from Kerala say a repayment clause of £5,500 keeps them at the home in Swansea.",
    "Each welder signed a training bond of $3,000 before the ship left Manila.",
    "The contract carries a clawback clause for anyone who resigns within two years.",
])
def test_a_named_repayment_clause_is_debt_bondage(text: str):
    assert "debt_bondage" in _found(text)


@pytest.mark.parametrize("text", [
    "Repayment clauses were banned for sponsored care staff in March.",
    "Lawyers say training bonds of that size may breach the sponsor guidance.",
])
def test_a_clause_discussed_as_law_is_no_debt(text: str):
    assert "debt_bondage" not in _found(text)


def test_an_arrest_for_modern_slavery_offences_names_no_condition_of_work():
    assert _found("Two brothers were arrested in Luton on suspicion of modern slavery offences.") == set()
    assert "abusive_working_and_living_conditions" in _found("The pickers said they were treated like slaves.")
