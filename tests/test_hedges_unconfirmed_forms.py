"""Notes that something could not be verified, in the wider forms reporters use (knowledge/hedges.yaml,
``unconfirmed``): "could not check", "could not be established", "neither account can be confirmed",
"had no way of verifying", "hard to check", "unable to see the contracts". A sentence that only says so is a
note, not a claim; a sentence that asserts something before such a note stays a claim. Written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import analyse
from labourlens.analyse.hedges import is_unconfirmed, unconfirmed_start

NOTES = [
    "The Courier could not check those figures against the payroll of the bakery.",
    "Neither account could be independently verified by this newspaper.",
    "The origin of the spreadsheet could not be established.",
    "It was not possible to establish whether the recruiter is still in business.",
    "The monitors have not been able to authenticate the photographs independently.",
    "Their recollections cannot be checked against the site's records.",
    "We were unable to check every detail of Mr Osei's story.",
    "That figure is very hard to check.",
    "I could never confirm the second beating, and I say so.",
    "I cannot check any of it.",
    "We have no way of independently verifying his numbers.",
    "The weekly was not able to check these statements.",
    "The inspectors could not establish how much of the money reached the crews.",
    "Neither claim can be confirmed.",
    "Unconfirmed by anyone else at the time of writing.",
    "We have not been able to see those contracts.",
    "It is a claim that could not be checked.",
]
NOT_NOTES = [
    "Passports were not checked at the gate.",
    "The cleaners could not establish contact with their families for months.",
    "The packers could not check their balances on the company app.",
    "Guards check the dormitories every night.",
    "The bakery could not prove that it had paid them, the tribunal found.",
    "They could not see their children for two years.",
    "The figures can be checked against the payroll.",
    "Contact could not be established with the crew.",
    "The workers had no way of leaving the plantation.",
    "It is hard to leave the camp after dark.",
]


@pytest.mark.parametrize("text", NOTES)
def test_note_is_unconfirmed(text: str) -> None:
    assert is_unconfirmed(text)
    assert unconfirmed_start(text) is not None


@pytest.mark.parametrize("text", NOT_NOTES)
def test_claim_is_not_a_note(text: str) -> None:
    assert not is_unconfirmed(text)
    assert unconfirmed_start(text) is None


LEAD = ("ACCRA, Ghana - Migrant cocoa sorters at the Hillcrest depot in Tema said they had worked unpaid overtime "
        "for months. ")


def _claims(text: str) -> dict[str, bool]:
    """Claim texts after the lead sentence, each with its unconfirmed flag."""
    claims = analyse(LEAD + text, {"published": "2025-03-04"}).claims
    return {c.text: c.unconfirmed for c in claims if not c.text.startswith("ACCRA")}


def test_note_alone_is_not_a_claim_but_flags_the_claim_before_it() -> None:
    claim = "Ghanaian cocoa sorters at the depot said the foreman kept their passports in his safe."
    assert _claims(claim + " The Ledger could not check those accounts.") == {claim: True}
    assert _claims(claim) == {claim: False}


def test_assertion_before_a_trailing_note_stays_a_claim() -> None:
    text = ("Reporters were shown a photograph of a pay book that appears to record deductions for debts owed to "
            "the broker, though its origin could not be established.")
    assert _claims(text) == {text: True}


def test_note_whose_subject_names_an_indicator_is_still_a_note() -> None:
    claim = "The sorters said the broker took their pay for a year."
    assert _claims(claim + " The debts owed could not be independently verified.") == {claim: True}
