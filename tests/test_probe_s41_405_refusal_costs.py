"""Probes (session 41, from heldout405's indicator misses): what refusing a mobilisation costs.

- A refusal answered through the worker's contract ("refuse, and we shall look at your contract", "she refused and
  her contract was not renewed") and a vague penalty for those who do not go ("anyone who stayed away would have
  problems at the review") are threats (intimidation_and_threats).
- Paying out of one's own pocket for someone to do the work in one's place ("paid 300 lari for a substitute picker",
  "told to harvest or pay", "staff pay for replacements") is pay taken from the worker (withholding_of_wages).

The rules are read at the lexicon (a sentence alone), as a report of mobilised staff carries other cues around them.
Near misses: a contract ended for another reason, a firm paying for replacement parts, a refusal of a contract
offer, and problems that are no penalty keep no such indicator. Sentences written for these tests."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators as indicators


@pytest.mark.parametrize("sentence", [
    "The principal said: refuse, and we shall look at your contract.",
    "A nurse refused last autumn, and her contract was not renewed.",
    "Anyone who stayed away from the orchards would have problems with the board.",
    "Clerks heard that staff who skipped the harvest would face consequences.",
])
def test_refusals_answered_by_threats(sentence: str) -> None:
    assert "intimidation_and_threats" in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The clinic's staff paid 300 lari for a substitute picker each week.",
    "Teachers were told to harvest or pay.",
    "Many clerks paid for replacements rather than go to the fields.",
    "Some paid 40,000 dram weekly for a replacement.",
])
def test_paying_for_a_stand_in(sentence: str) -> None:
    assert "withholding_of_wages" in indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("Her contract was not renewed because the clinic closed.", "intimidation_and_threats"),
    ("The workers refused the contract offer and went home.", "intimidation_and_threats"),
    ("The firm paid 300 lari for replacement parts for the tractors.", "withholding_of_wages"),
    ("Anyone who used the old road would have problems with the potholes.", "intimidation_and_threats"),
])
def test_near_misses(sentence: str, indicator: str) -> None:
    assert indicator not in indicators(sentence)
