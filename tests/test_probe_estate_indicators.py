"""Cues of plantation and estate labour (study of heldout315): children at field work with their age in figures or beside
a kinsman's name, children paid or brought to do the work, a house that goes with the job and is lost with it, the
house or the housing list as a threat, pay docked for organising, pay kept back
against an advance, fines cut from the day's pay, arrears not received, a sick worker kept from a doctor, and a worker too
frightened to leave without leave. Every sentence is written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from probe_helpers import indicators, lexicon_indicators


@pytest.mark.parametrize("sentence,kind", [
    ("Boys under 15 weeded the rows on the coffee estate.", "abuse_of_vulnerability"),
    ("Girls of 11 and 12 are sent to pick in the fields during the harvest.", "abuse_of_vulnerability"),
    ("Her nephew, 13, has been hauling bricks since March.", "abuse_of_vulnerability"),
    ("Some growers are paying their neighbours' children to carry bales.", "abuse_of_vulnerability"),
    ("The room is ours only while we work.", "abuse_of_vulnerability"),
    ("If I quit, we lose the house.", "abuse_of_vulnerability"),
    ("The clerk told her the room will be given to someone else.", "intimidation_and_threats"),
    ("He was warned his family would be struck off the housing list.", "intimidation_and_threats"),
    ("The firm docked two days of pay from those who took part in the strike.", "intimidation_and_threats"),
    ("He earned 300 a day, of which 80 was held back against the advance.", "debt_bondage"),
    ("The jobber takes 300 off the day's pay as a fine when the sacks are light.", "withholding_of_wages"),
    ("The pickers had not received arrears of 3,000 each from last year's award.", "withholding_of_wages"),
    ("The jobber would not let them take the boy to the clinic.", "restriction_of_movement"),
    ("The women were too scared to go out without his permission.", "restriction_of_movement"),
])
def test_estate_cue(sentence: str, kind: str) -> None:
    assert kind in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence,kind", [
    ("Children under 5 were vaccinated at the estate clinic.", "abuse_of_vulnerability"),
    ("The buyer paid in advance for the goods.", "debt_bondage"),
    ("She took an advanced course in accounting.", "debt_bondage"),
    ("Children of 11 and 12 are sent to pick in the fields during the harvest.", "intimidation_and_threats"),
    ("We stayed at home and worked from home during the lockdown.", "abuse_of_vulnerability"),
])
def test_not_estate_cue(sentence: str, kind: str) -> None:
    assert kind not in lexicon_indicators(sentence)


def test_arrears_not_received_is_no_denial() -> None:
    assert "withholding_of_wages" in indicators("The pickers had not received arrears of 3,000 each from last year's award.")
