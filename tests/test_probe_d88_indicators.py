"""Indicator wordings of probe diag88: a promised job that was not there on arrival ("there was no nanny job"), the
work someone told the family it would be ("They told us she would work in a supermarket"), a working day told by
the hour work began and the hour the men were brought back ("working since 4am ... returning them at 9pm"), a
denial that anyone was prevented from leaving, and "none of the N were ..." as a denial. Every sentence is written
for this test; the people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.worktime import long_hours
from probe_helpers import indicators, lexicon_indicators


@pytest.mark.parametrize("sentence", [
    "In Doha, there was no cleaning job.",
    "When she arrived in Muscat there was no such job.",
    "The agent told them they would work in a hotel kitchen in Dubai.",
    "They told us our son would be working as a driver for a company.",
])
def test_job_that_was_not_there_or_was_told(sentence: str) -> None:
    assert "deception" in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "There were no jobs in our village, so he left for Doha.",
    "They told us she would be paid at the end of each month.",
])
def test_other_jobs_and_promises_are_no_deception(sentence: str) -> None:
    assert "deception" not in lexicon_indicators(sentence)


def test_working_since_and_brought_back_at() -> None:
    spans = long_hours("They had been working since 5am and the lorry was returning them at 10pm.")
    assert spans and spans[0][2] == 17.0
    assert long_hours("She had been working since 2019 and returned home at Christmas.") == []
    assert "excessive_overtime" in indicators("The injured said they had been working since 5am and the lorry was "
                                              "returning them at 10pm.")


def test_never_prevented_from_leaving_is_no_restriction() -> None:
    assert "restriction_of_movement" not in lexicon_indicators('The lawyer said the firm "never prevented any worker '
                                                               'from leaving the camp".')
    assert "restriction_of_movement" not in lexicon_indicators("He said the men had not been prevented from leaving.")
    assert "restriction_of_movement" in lexicon_indicators("The guards could not leave the camp at night.")


def test_none_of_them_were_is_a_denial() -> None:
    assert "physical_and_sexual_violence" not in lexicon_indicators("The ministry said none of the 37 were beaten.")
    assert "physical_and_sexual_violence" in lexicon_indicators("The men said two of the 37 were beaten.")
    # "none of ... were paid": not being paid is the abuse, not a denial
    assert "withholding_of_wages" in lexicon_indicators("None of the 12 men were paid for June.")


@pytest.mark.parametrize("sentence,indicator", [
    ("Two of the cooks escaped by walking across the desert at night to a border post.", "restriction_of_movement"),
    ("On arrival they were made cleaners in a hospital, a job none of them had agreed to.", "deception"),
    ("The supervisor pays them 700 dirhams a month instead of the 1,100 dirhams in their contracts.", "deception"),
    ("The brokers tell them the fee is for a training course.", "deception"),
    ("Since he left, the moneylender comes to the house every month.", "debt_bondage"),
    ("The deckhands hand their passports to the captain on the first day.", "retention_of_identity_documents"),
])
def test_d88_wordings(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence,indicator", [
    ("The family fled the fighting on foot in 2019.", "restriction_of_movement"),
    ("They are given rice instead of money at the end of the week.", "deception"),
    ("The fee covered orientation and a medical test.", "deception"),
    ("She gave her passport to the sponsor to renew it.", "retention_of_identity_documents"),
])
def test_d88_controls(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)


def test_documents_kept_by_the_worker_are_a_counter_cue() -> None:
    from labourlens.analyse.indicators import counter_cues

    assert "retention_of_identity_documents" in counter_cues(
        'The ministry said the passports "remain in the possession of the worker at all times".')
    assert "retention_of_identity_documents" in counter_cues("The firm said the men keep their passports voluntarily.")
    assert "retention_of_identity_documents" not in counter_cues("The captain kept the passports in a locked box.")
