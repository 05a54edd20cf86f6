"""Indicator cues found in the study of heldout83 (probe diag83): outings counted over a long stretch ("in ten
months she went into town twice"), protective gear a firm refuses to provide, workers moved or hidden away when
auditors come; and what is no cue: an errand done three times in a morning, a refusal to provide a comment, workers
moved to a new building once it was finished. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text,expected", [
    ("One seamstress said that in ten months she went into town twice.", "restriction_of_movement"),
    ("In two years at the cannery the men left the compound three times.", "restriction_of_movement"),
    ("The workshop refused to provide masks to the women who sprayed the glue.", "abusive_working_and_living_conditions"),
    ("The contractor refuses to supply helmets to the crews on the upper floors.", "abusive_working_and_living_conditions"),
    ("Two cooks said the Korean women were moved to a separate dormitory during inspections.", "isolation"),
    ("The younger workers were taken to the back warehouse whenever auditors arrived.", "isolation"),
])
def test_new_cues(text: str, expected: str) -> None:
    assert expected in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text,absent", [
    ("He went out three times this morning to fetch water for the kitchen.", "restriction_of_movement"),
    ("The workshop refused to provide a comment on the women's wages.", "abusive_working_and_living_conditions"),
    ("The men were moved to a second dormitory when the new block was finished.", "isolation"),
])
def test_no_cue(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)
