"""Lexicon probes (study-304): what a complaint or a refusal costs told as a rule of the workplace, a warning that one
call to the state would end a permit, hours left off the payslip, overtime nobody pays, pay fixed whatever the
hours; and two readings that must not fire (a passport got back is no pay, a firm's
stated refusal to accept any working-time breach is no breach). Every sentence is written for this test; people and firms
are fictional."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("If you complain, there are no shifts for you next month.", "intimidation_and_threats"),
    ("Anyone who refuses a Sunday shift is moved to the freezer line.", "intimidation_and_threats"),
    ("A supervisor told her that a single call to the immigration office would end her visa.", "intimidation_and_threats"),
    ("Our Sunday overtime is not on the payslip.", "withholding_of_wages"),
    ("No one ever pays the overtime on this site.", "withholding_of_wages"),
    ("The cleaners were paid for 40 hours no matter how late the offices closed.", "withholding_of_wages"),
])
def test_new_cues(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


def test_a_passport_got_back_is_no_pay() -> None:
    assert "withholding_of_wages" not in lexicon_indicators("Ana received her passport back only once a priest phoned the farm.")


def test_zero_tolerance_for_breaches_is_no_breach() -> None:
    assert "excessive_overtime" not in lexicon_indicators(
        "The packer stated that it has zero tolerance toward any breaches of working-time rules.")

