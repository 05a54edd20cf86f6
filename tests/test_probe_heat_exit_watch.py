"""Heat stress treated in hospital is a working condition; workers left without exit visas cannot leave; guards and
cameras round the clock are no working hours; heat-stress rules are rules. Sentences written for this test
(fictional people and firms)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01"}
LEAD = "Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"


def _indicators(sentence: str) -> set[str]:
    a = analyse(LEAD + sentence, META)
    return {h.indicator for c in a.claims if c.text.startswith(sentence[:20]) for h in c.indicators}


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
