"""Probes (s343, forced and child labour in West Africa): the lexicon reads kin not seen for years told either way
round, a beating for trying to phone home, a controller who lets a worker know where kin live, an oath sworn on pain
of harm or to repay, a worker's bicycle seized as he tries to go, a debt not yet paid off, goods advanced and written
down in a book, schooling promised to a child's family and hands tied, told in the first
person. Near misses stay quiet: kin seen often, a new school opening, a raid with no one leaving. Sentences written for
these tests; every name is fictional."""

from __future__ import annotations

import pytest

from probe_helpers import lexicon_indicators


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("In four years at the Koranic school I never saw my father.", "isolation"),
    ("Their mothers never see them for years at a time.", "isolation"),
    ("Two of the maids were slapped for trying to phone their families.", "isolation"),
    ("The recruiter reminded her that he knows where her parents sleep.", "intimidation_and_threats"),
    ("Each woman swore before a priest that she would go mad if she ran away.", "intimidation_and_threats"),
    ("The foreman's guards seized their bicycles when they tried to quit the camp.", "restriction_of_movement"),
    ("The foreman's guards seized their bicycles when they tried to quit the camp.", "intimidation_and_threats"),
    ("The gang master said the pickers had not finished repaying the loan.", "debt_bondage"),
    ("A trader advances the diggers food and shovels, then writes each cost in a school notebook.", "debt_bondage"),
    ("The girls were sworn before a juju priest and warned that they would die unless they repaid everything.",
     "debt_bondage"),
    ("The girls were sworn before a juju priest and warned that they would die unless they repaid everything.",
     "intimidation_and_threats"),
    ("A go-between told the family there would be classes for the boy every afternoon.", "deception"),
    ("After the second escape the guards tied my hands with wire.", "physical_and_sexual_violence"),
])
def test_west_african_cues(sentence: str, indicator: str) -> None:
    assert indicator in lexicon_indicators(sentence)


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("I saw my father every weekend during those four years.", "isolation"),
    ("She does not know where her parents live now.", "intimidation_and_threats"),
    ("The district officer said the new school would open in May.", "deception"),
    ("The gendarmes seized two motorbikes during the raid on the market.", "restriction_of_movement"),
    ("The bakery advances its drivers a fuel card.", "debt_bondage"),
])
def test_near_misses_stay_quiet(sentence: str, indicator: str) -> None:
    assert indicator not in lexicon_indicators(sentence)
