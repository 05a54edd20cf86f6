"""State-imposed labour cues (study s346): civilians seized by an armed unit to haul its loads, people a state orders onto
farms or building sites, prisoners made to work; kin turned away; visits, calls or parole taken away as penalties; a
daily output quota; men pushed ahead of troops to clear mines; not one coin of pay; a gun to the head; a handful of
rice as the day's food; deaths at the work; no discharge papers; a stress position. Every sentence is invented for
this test (people and units fictional)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence, 0).hits}


@pytest.mark.parametrize("sentence,indicator", [
    ("Soldiers of a mountain brigade rounded up farmers near Hakha to carry rations and shells up the ridge.",
     "abuse_of_vulnerability"),
    ("Local cadres mobilised clerks, nurses and pupils from the county town to collective farms for the spring sowing.",
     "abuse_of_vulnerability"),
    ("Detainees at the county lock-up are being forced to stitch footballs for a trading house.", "abuse_of_vulnerability"),
    ("Mothers who walked to the road camp with bread were turned away at the gate.", "isolation"),
    ("The quarry sits three days' travel from the men's villages, so their relatives can rarely visit.", "isolation"),
    ("As a penalty the guard took away her visit for June.", "intimidation_and_threats"),
    ("Phone privileges for the whole block were revoked after the strike.", "intimidation_and_threats"),
    ("Women who missed the sewing target were not recommended for parole that year.", "intimidation_and_threats"),
    ("Each woman on the wing had to sew 60 pillowcases per day, whatever her health.", "excessive_overtime"),
    ("Captives were marched ahead of the troops through fields the army thought were mined.",
     "abusive_working_and_living_conditions"),
    ("The loggers worked the whole dry season and none of them saw a riel.", "withholding_of_wages"),
    ("A sergeant pressed a rifle to the boy's head.", "intimidation_and_threats"),
    ("The road gang were given a handful of rice each evening.", "abusive_working_and_living_conditions"),
    ("Eleven conscripts perished on the quarry road that winter.", "abusive_working_and_living_conditions"),
    ("The conscripts were never issued discharge papers.", "abuse_of_vulnerability"),
    ("Latecomers were forced to crouch without moving beside the stove all evening.", "physical_and_sexual_violence"),
])
def test_state_labour_cue(sentence: str, indicator: str) -> None:
    assert indicator in _found(sentence)


@pytest.mark.parametrize("sentence,indicator", [
    # near misses: a booking slot, goods seized, seeds sent to farms, a firm that met its quota, workers dispatched abroad,
    # prisoners of war, a quota per shift, a visit and a strip of cloth, a harvest quota in kilograms, a nail gun,
    # deaths of old age
    ("Visitors who arrive late may lose their weekend slot and must book again online.", "intimidation_and_threats"),
    ("Customs seized cigarettes from a lorry bound for the border.", "abuse_of_vulnerability"),
    ("The ministry ordered fertiliser and seed to collective farms ahead of the sowing.", "abuse_of_vulnerability"),
    ("The ministry dispatched 300 welders to construction sites abroad.", "abuse_of_vulnerability"),
    ("Prisoners of war were made to dig trenches behind the line.", "abuse_of_vulnerability"),
    ("The women sew to a quota of 90 shirts per shift.", "excessive_overtime"),
    ("The inspectors we visited found the shade was a strip of cloth.", "intimidation_and_threats"),
    ("The mill said it met its output quota of 500 units a day with no extra shifts.", "excessive_overtime"),
    ("The district set pickers a quota of 60 kilograms per day in the cotton fields.", "excessive_overtime"),
    ("The carpenter fixed the nail gun to the head of the bench.", "intimidation_and_threats"),
    ("Two prisoners died of old age in the infirmary last year.", "abusive_working_and_living_conditions"),
    ("The pupils had to sit motionless during the exam.", "physical_and_sexual_violence"),
    ("We urge the board to suspend the licences until auditors visit.", "intimidation_and_threats"),
    ("Post and telephone links with home were suspended in 2021.", "intimidation_and_threats"),
    ("The clerk was given discharge papers on the day her contract ended.", "abuse_of_vulnerability"),
])
def test_near_miss_stays_quiet(sentence: str, indicator: str) -> None:
    assert indicator not in _found(sentence)
