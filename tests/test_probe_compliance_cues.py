"""Indicator cues of compliance documents: papers held over a complaint ("their permits would not be renewed if they
complained"), protective gear named and then missing. Controls: a permit renewed on a firm's condition, gear
provided. Sentences written for this probe; fictional
firms and people."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Cleaners were told that their residence permits would not be renewed if they complained to the labour office.",
     "intimidation_and_threats"),
    ("The supervisor said their visas would be cancelled if they joined a union.", "intimidation_and_threats"),
    ("Welders said safety equipment was missing in the furnace area.", "abusive_working_and_living_conditions"),
    ("Harnesses were not provided to the scaffolders on the tower.", "abusive_working_and_living_conditions"),
])
def test_cues(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("The permits will not be renewed if the firm fails its audit.", "intimidation_and_threats"),
    ("The audit found that safety equipment was provided to every worker.", "abusive_working_and_living_conditions"),
])
def test_controls(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)
