"""Indicator cues of five shapes (probe study297):

- passports told by where they went ("the crew's passports ended up with the skipper"): retention of
  identity documents (not an embassy's renewal);
- wages kept back as an agency's fee ("the broker takes six weeks' pay as a fee"): debt bondage;
- a camp shut in by a wall or fence with a guard post: restriction of movement;
- "never paid her a single week": withholding of wages (not "a single visit");
- a threat that the family's land or house will be handed to others ("they tell her the family's plot will be given to a
  neighbour"): intimidation and threats.

Every sentence is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest
from tests.probe_helpers import lexicon_indicators


@pytest.mark.parametrize("sentence,indicator", [
    ("Twelve of the loggers said their passports ended up with the camp boss within a week.",
     "retention_of_identity_documents"),
    ("They earn about $500 a month, but the broker takes six weeks' pay as a fee.", "debt_bondage"),
    ("The farm had a fence and a guard post at the only road out.", "restriction_of_movement"),
    ("The supervisors sent her back to Dhaka and never paid her a single week.", "withholding_of_wages"),
    ("If she complains, they tell her the family's plot will be given to a neighbour.",
     "intimidation_and_threats"),
])
def test_cue_found(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize("sentence,indicator", [
    ("The crew's passports ended up at the embassy for renewal.", "retention_of_identity_documents"),
    ("The inspector did not pay her a single visit.", "withholding_of_wages"),
])
def test_cue_not_found(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)
