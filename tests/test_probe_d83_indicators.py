"""Indicator cues found in the study of heldout83 (probe diag83): outings counted over a long stretch ("in ten
months she went into town twice"), protective gear a firm refuses to provide, workers moved or hidden away when
auditors come, the real work learned only on arrival and the work a recruiter said it would be, fumes that
hurt, no stop even to drink, a bucket for a toilet, padlocked exits, a bonus docked, earnings promised, rest
when sick decided by the foreman, a minder who steps in; and what is no cue: executives' bonuses scrapped, a broker's word
on visas, an errand done three times in a morning, a refusal to provide a comment, workers
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
    ("No one told them it was a brick kiln until they were across the border.", "deception"),
    ("The broker in Kathmandu told us we would be working in a hotel kitchen.", "deception"),
    ("The glue fumes burned our throats by the end of each shift.", "abusive_working_and_living_conditions"),
    ("At the cutting table we could not stop, not even for water.", "abusive_working_and_living_conditions"),
    ("There was one bucket in the corner for a toilet.", "abusive_working_and_living_conditions"),
    ("The fire exits were padlocked, two of the welders said.", "abusive_working_and_living_conditions"),
    ("The sewing brigade had its holiday bonus docked after the line fell behind.", "withholding_of_wages"),
    ("The girls were promised they could bring back 8,000 dollars after two years.", "deception"),
    ("If a worker is injured, the foreman decides whether she can see a doctor.", "abusive_working_and_living_conditions"),
    ("When a customer asks the waitresses where they are from, a minder steps in.", "isolation"),
])
def test_new_cues(text: str, expected: str) -> None:
    assert expected in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text,absent", [
    ("He went out three times this morning to fetch water for the kitchen.", "restriction_of_movement"),
    ("The workshop refused to provide a comment on the women's wages.", "abusive_working_and_living_conditions"),
    ("The bank scrapped bonuses for its executives after the losses.", "withholding_of_wages"),
    ("The men were moved to a second dormitory when the new block was finished.", "isolation"),
    ("The broker said the visas would be ready by Friday.", "deception"),
    ("The smoke from the kitchen made the dining room smell of garlic.", "abusive_working_and_living_conditions"),
])
def test_no_cue(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)
