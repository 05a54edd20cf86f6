"""Probe (s387): five cues of abuse told in shapes the lexicon missed.

The pay of a stretch of time missing with the lack named first ("no pay for months"); the workers' pay handed to
someone else, the workers named as the ones passed over ("paid ... to the foreman, not to us"); a stress position as
the penalty for missed output; an inquiry awaiting workers sent home ("face questioning on their return"); and a ban
on looking at local television with a word between ("never even allowed to watch ..."). Near misses: a pay rise that
never came, a worker standing in a queue, a return that awaits nothing. Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("Same for my uncle in Doha, no pay for months and a ticket home.", "withholding_of_wages"),
    ("The agency paid our earnings to the gang master, not to us.", "withholding_of_wages"),
    ("The firm paid what we earned to the crew boss every month, not to us.", "withholding_of_wages"),
    ("Nobody beat them, though they were ordered to kneel by the gate for missing the daily target.",
     "physical_and_sexual_violence"),
    ("Those flown home reportedly face investigation at home on their return.", "intimidation_and_threats"),
    ("Cooks there are not even allowed to use the radio.", "isolation"),
])
def test_cue_found(text: str, indicator: str) -> None:
    assert indicator in _found(text), _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("The union says there was no pay rise for two years.", "withholding_of_wages"),
    ("Visitors had to queue for an hour at the gate, ordered to stand quietly.", "physical_and_sexual_violence"),
    ("She is looking forward to a family dinner on her return.", "intimidation_and_threats"),
])
def test_near_miss_not_found(text: str, indicator: str) -> None:
    assert indicator not in _found(text), _found(text)
