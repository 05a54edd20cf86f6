"""Heat stress treated in hospital is a working condition; workers left without exit visas cannot leave; guards and
cameras round the clock are no working hours; heat-stress rules are rules. Sentences written for this test
(fictional people and firms)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import indicators as _indicators  # noqa: E402


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Two of the loaders have been treated in hospital for heat stress this month.",
     "abusive_working_and_living_conditions"),
    ("Several of the men collapsed from heat exhaustion on the roof, a foreman said.",
     "abusive_working_and_living_conditions"),
    ("The welders have been left without wages or exit visas since the firm folded.", "restriction_of_movement"),
    ("The crews worked round the clock for three weeks to finish the tower.", "excessive_overtime"),
])
def test_the_cue_counts(sentence: str, indicator: str) -> None:
    assert indicator in _indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The tender asks for round-the-clock security at the workers' dormitory.", "excessive_overtime"),
    ("The ministry published new heat-stress rules for outdoor workers on Monday.",
     "abusive_working_and_living_conditions"),
])
def test_the_cue_does_not_count(sentence: str, indicator: str) -> None:
    assert indicator not in _indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator", "expected"), [
    ("The supervisor collected our Ghana Cards on the first day and kept them.", "retention_of_identity_documents", True),
    ("The supervisor collected our Ghana Cards on the first day and kept them.", "withholding_of_wages", False),
    ("The sponsor kept her iqama and her passport for two years.", "retention_of_identity_documents", True),
    ("The boss took their bank cards and kept their wages.", "withholding_of_wages", True),
])
def test_national_identity_cards_are_identity_documents(sentence: str, indicator: str, expected: bool) -> None:
    assert (indicator in _indicators(sentence)) is expected
