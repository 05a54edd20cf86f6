"""Cue words in other senses: a fishing hold's bait freezer is no bait of a recruiter; shifts offered in exchange for
sexual favours are no overtime; forced labour named in a charge ("with forced labour and trafficking offences") or in
a firm's finding of none ("has not identified a single instance of forced labour") is no condition of work. The abuse in
each sentence still counts. Every text is written for this test."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators as _inds


@pytest.mark.parametrize("text,unwanted", [
    ("The deckhands bunked next to the bait freezer, and the air was foul.", "deception"),
    ("A foreman asked two packers for sexual favours in exchange for extra shifts.", "excessive_overtime"),
    ("Police charged the owner with forced labour and trafficking offences.", "abusive_working_and_living_conditions"),
    ("The retailer has not identified a single instance of forced labour at its depots.",
     "abusive_working_and_living_conditions"),
])
def test_other_senses(text: str, unwanted: str) -> None:
    assert unwanted not in _inds(text), text


@pytest.mark.parametrize("text,wanted", [
    ("The recruiter used a bait of high wages to lure them.", "deception"),
    ("A foreman asked two packers for sexual favours in exchange for extra shifts.", "physical_and_sexual_violence"),
    ("They were forced to work extra shifts without pay.", "excessive_overtime"),
    ("Inspectors found forced labour at three farms.", "abusive_working_and_living_conditions"),
])
def test_the_abuse_still_counts(text: str, wanted: str) -> None:
    assert wanted in _inds(text), text
