"""Structural indicator fixes: the window runs from cue to cue, justified practices count as
negated, company denials ("at no time", "no one is forced") negate the claim. Sentences are
written for these tests (fictional firms)."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges, indicators
from labourlens.analyse.indicators import _find, _Rule


def _rule(window: int, any_order: bool = False) -> _Rule:
    return _Rule("excessive_overtime", "T.t", [[0], [1]], window, any_order, [], True)


def test_long_first_cue_does_not_use_up_the_window() -> None:
    # a four-word cue at tokens 0-3 and the next cue at token 6: three words apart after the first cue word
    assert _find(_rule(3), {0: [(0, 4)], 1: [(6, 7)]}) == (0, 7)
    assert _find(_rule(3, any_order=True), {0: [(0, 4)], 1: [(6, 7)]}) == (0, 7)
    assert _find(_rule(3, any_order=True), {1: [(0, 4)], 0: [(6, 7)]}) == (0, 7)


def test_single_word_cues_keep_the_old_window() -> None:
    assert _find(_rule(3), {0: [(0, 1)], 1: [(3, 4)]}) == (0, 4)
    assert _find(_rule(3), {0: [(0, 1)], 1: [(4, 5)]}) is None
    assert _find(_rule(3, any_order=True), {0: [(0, 1)], 1: [(4, 5)]}) is None
    # a long cue AFTER the gap does not widen it
    assert _find(_rule(3), {0: [(0, 1)], 1: [(4, 8)]}) is None


def _counted(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


def _negated(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).negated}


@pytest.mark.parametrize("text", [
    "Velmora Build said the passports were held at the workers' own request.",
    "According to the firm, identity cards are kept in the office with the employees' consent.",
    "Documents were handed over voluntarily and are returned on request, the contractor said.",
    "The agency said it held the men's passports at their request, for safekeeping.",
])
def test_justified_retention_is_negated(text: str) -> None:
    assert "retention_of_identity_documents" not in _counted(text)
    assert "retention_of_identity_documents" in _negated(text)


@pytest.mark.parametrize("text", [
    "The passports were collected at the manager's request and never given back.",
    "They took our passports without our consent.",
    "Their documents shall be kept by the brigade leader for safekeeping.",
])
def test_retention_without_worker_consent_stands(text: str) -> None:
    assert "retention_of_identity_documents" in _counted(text)


def test_justification_does_not_cross_a_contrast() -> None:
    text = "Managers at Dorn Textiles say overtime is voluntary, but the crews worked 14 hours a day."
    assert "excessive_overtime" in _counted(text)
    assert "excessive_overtime" not in _counted("Overtime is voluntary and rarely exceeds 14 hours a day.")


@pytest.mark.parametrize("text", [
    "At no time has Ostrava Marine held the identity papers of its welders.",
    "At no point did the company keep anyone's passport.",
    "The director of Pallas Timber said no one is forced to work on Sundays.",
    "Nobody was ever coerced into signing, the recruiter insisted.",
])
def test_company_denials(text: str) -> None:
    assert hedges.denial_cue(text) is not None


@pytest.mark.parametrize("text", [
    "At night the men sleep in a container.",
    "No one was paid for the last three months.",
    "Nobody could leave the compound after dark.",
])
def test_not_denials(text: str) -> None:
    assert hedges.denial_cue(text) is None


def test_signed_freely_is_a_counter_cue() -> None:
    assert "deception" in indicators.counter_cues("The firm said all recruits signed their contracts freely in Hanoi.")
    assert indicators.counter_cues("The recruits signed contracts in a language they could not read.") == []


@pytest.mark.parametrize("text", [
    "At the Karsk plant the women are rarely allowed out.",
    "We were never allowed out on our own.",
    "They are allowed out only on Sundays, in a column.",
    "The cooks were free to leave except in pairs with the deputy manager.",
])
def test_limited_counter_cue_is_no_counter(text: str) -> None:
    assert "restriction_of_movement" not in indicators.counter_cues(text)


@pytest.mark.parametrize("text", [
    "The welders at Brenner Yard are free to leave the site at weekends.",
    "Staff could go out in the evenings whenever they liked.",
])
def test_free_counter_cue_counts(text: str) -> None:
    assert "restriction_of_movement" in indicators.counter_cues(text)


def test_negated_subject_is_no_cue_of_its_own() -> None:
    text = "The site manager of Korvel Steel said no passports were being held by anyone."
    assert "retention_of_identity_documents" not in _counted(text)
    assert "retention_of_identity_documents" in _counted("No passports were returned to the riggers.")


@pytest.mark.parametrize("text", [
    "Orsa Build said wages were late and blamed the developer for the delays.",
    "Salaries were delayed because of the client's late transfers, the firm said.",
])
def test_blame_shift_is_an_excuse(text: str) -> None:
    assert "withholding_of_wages" not in _counted(text)


def test_blame_on_the_employer_stands() -> None:
    text = "The riggers said their wages were withheld for four months and blamed the foreman."
    assert "withholding_of_wages" in _counted(text)


def test_two_word_cues_keep_the_old_window() -> None:
    assert _find(_rule(3), {0: [(0, 2)], 1: [(4, 5)]}) is None
    assert _find(_rule(3), {0: [(0, 2)], 1: [(3, 4)]}) == (0, 4)


def test_deductions_that_repay_a_debt_are_debt_bondage() -> None:
    text = "Li Na owes the Harbin agency 18,000 yuan for her flight, which is deducted from her pay each month."
    assert _counted(text) >= {"debt_bondage"}
    assert "withholding_of_wages" not in _counted(text)


@pytest.mark.parametrize("text", [
    "He owes the broker 5,000 dollars and has not been paid since March; the fee is deducted monthly.",
    "Because of the loan they accepted deductions of 70 per cent of their wages.",
    "The foreman deducted a week of wages for every broken tool.",
])
def test_other_deductions_stay_withholding(text: str) -> None:
    assert "withholding_of_wages" in _counted(text)


def test_called_is_no_phone_call() -> None:
    assert "isolation" not in _counted("Officials said there was no so-called seizure of papers at Belova Farm.")
    assert "isolation" in _counted("Their letters and calls were read by the brigade's political officer.")
    assert hedges.denial_cue("There is no so-called seizure of papers, the spokesman said.") is not None


def test_nobody_s_documents_is_a_denial_not_retention() -> None:
    assert "retention_of_identity_documents" not in _counted("The manager said the firm does not keep anyone's papers.")
    assert "retention_of_identity_documents" in _counted("The seamstresses cannot keep their own papers.")


@pytest.mark.parametrize("text", [
    "Kestrel Roads respects the labour laws of Kenya and Tanzania, a spokeswoman said.",
    "The group fully complies with all national employment legislation.",
    "Our company does not tolerate any form of exploitation.",
    "The ministry said it has strictly implemented the relevant Security Council resolutions.",
])
def test_compliance_assertions_are_denials(text: str) -> None:
    assert hedges.denial_cue(text) is not None


@pytest.mark.parametrize("text", [
    "The contractor does not respect the labour laws of Kenya.",
    "Inspectors found the firm did not comply with the employment code on rest days.",
    "The welders said nobody respects their right to rest.",
])
def test_breaches_are_no_denials(text: str) -> None:
    assert hedges.denial_cue(text) is None
