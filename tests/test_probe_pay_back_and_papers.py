"""Indicators of kinds of wording: pay handed back to the employer ("made the cooks hand back A$200 a week from their
wages", "the contractor takes back 120 rupees of that") and hours paid for below the hours worked ("paid for 38 hours
a week but worked 65") are withholding of wages, a return of money by the firm is not; a group's passports gathered
up, and a passport asked for again and again, are retention of identity documents; an escape from the hostel and a
guards' book of who comes in and goes out are restriction of movement. Every text is written for this test."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators as _inds


@pytest.mark.parametrize("text,want", [
    ("The owner made the cooks hand back A$200 every Friday out of their wages.", "withholding_of_wages"),
    ("They are paid 300 rupees a day, and the contractor takes back 120 rupees of that.", "withholding_of_wages"),
    ("The cleaners were paid for 38 hours a week but usually worked more than 65.", "withholding_of_wages"),
    ("A supervisor gathered up the crew's passports at Auckland airport.", "retention_of_identity_documents"),
    ("Text messages show she asked for her passport on three separate occasions.", "retention_of_identity_documents"),
    ("One cook escaped from the hostel in May.", "restriction_of_movement"),
    ("The guards keep a log of who comes in and out of the camp.", "restriction_of_movement"),
])
def test_kinds_of_wording(text: str, want: str) -> None:
    assert want in _inds(text), text


@pytest.mark.parametrize("text,unwanted", [
    ("The firm gave back A$200 of their wages after the audit.", "withholding_of_wages"),
    ("She asked for her passport once and got it.", "retention_of_identity_documents"),
    ("Visitors must sign the register of who enters the building.", "restriction_of_movement"),
])
def test_not_these(text: str, unwanted: str) -> None:
    assert unwanted not in _inds(text), text
