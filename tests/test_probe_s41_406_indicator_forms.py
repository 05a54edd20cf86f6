"""Probes (session 41, from heldout406's reports on workers posted abroad): a worker driven to the airport after she
cried is a threat carried out; a sum a worker is ordered to make "for the company" is a wage taken. Near misses: a
coach taken to the airport after a match, and a wage earned for one's own family. Texts written for these tests."""

from __future__ import annotations

from probe_helpers import indicators


def test_driven_off_after_crying() -> None:
    assert "intimidation_and_threats" in indicators("A cook was driven to the airport by two minders after she cried in the kitchen.")
    assert "intimidation_and_threats" not in indicators("The workers' coach was driven to the airport after the match.")


def test_earned_for_the_company() -> None:
    assert "withholding_of_wages" in indicators("Each welder was ordered to make $500 a week for the company.")
    assert "withholding_of_wages" not in indicators("Each worker earns 900 dollars a month for her family.")
