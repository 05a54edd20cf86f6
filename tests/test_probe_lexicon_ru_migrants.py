"""Indicator cues in the words of reports about migrants in Russia (diag89, lexicon only): papers that have lapsed and
are held over a worker ("your registration is finished", "his patent had expired"), the police set on a worker ("the
police will come for you"), nobody of a group with a way to reach anyone ("none of the deckhands had access to the
internet"), the hours then the longer day ("eleven hours, sometimes thirteen"), papers in the perfect ("had taken
their migration cards"), work without a valid patent, fines for every mistake, no right to leave, and an ultimatum
whose other side is going home ("sign or go home at your own expense"). Negative controls must stay silent. Every sentence is written for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import lexicon_indicators  # noqa: E402


@pytest.mark.parametrize("sentence,indicator", [
    ("The brigadier told us that our registration was finished and we could not complain.", "abuse_of_vulnerability"),
    ("His patent had expired in May, so he could not look for another job.", "abuse_of_vulnerability"),
    ("If anyone leaves, the boss says the police will come for him.", "intimidation_and_threats"),
    ("The manager said he would call the police on us if we stopped work.", "intimidation_and_threats"),
    ("None of the deckhands had access to the internet for the whole voyage.", "isolation"),
    ("In the season we cut fish eleven hours, sometimes thirteen.", "excessive_overtime"),
    ("The coordinator had taken their migration cards and never brought them back.", "retention_of_identity_documents"),
    ("Inspectors found that 40 of the pickers were working without a valid patent.", "abuse_of_vulnerability"),
    ("The packers lose money to fines for every broken jar.", "withholding_of_wages"),
    ("The loggers do not have the right to leave the camp before the season ends.", "restriction_of_movement"),
    ("At the border the broker told them: sign or go home at your own expense.", "intimidation_and_threats"),
])
def test_cue_is_found(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "His patent expires in March and he will renew it at the migration centre.",
    "The police came for the owner of the cafe on Monday.",
    "The flight to Moscow took eleven hours, sometimes thirteen with the wait in Novosibirsk.",
    "The students had taken their passports with them to the consulate.",
    "Everyone on the ship had access to the internet in the mess room.",
    "The firm employs no foreign workers without valid work permits.",
    "Workers have the right to go home when the season ends.",
    "The city collects fines for every parking offence in the centre.",
])
def test_controls_stay_silent(sentence: str) -> None:
    assert lexicon_indicators(sentence) == set()
