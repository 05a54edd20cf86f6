"""Workers who only play or watch, and races past a former camp: a match report from a workers' league, whose teams
come from a labour camp, a hostel or a dormitory, tells of no forced labour however strong the domain word that names
where the players live; "beating" a side by some margin is play, not violence; and the day's weather and its forecast
are no cue of cold at work. A report with the same sport words that tells of an abuse, or of workers sent to build a
stadium, keeps its claims. Texts written for these tests; names and figures invented."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-04", "language": "en"}

# a league final of teams from a labour camp: strong domain word, no cue at all
CAMP_FINAL = (
    "Scaffolders' eleven wins the Corniche workers' cup\n\n"
    "DOHA -- A side of scaffolders and electricians from a labour camp in Mesaieed won the Corniche Workers' Cup "
    "on Friday evening, chasing down 164 with two overs to spare in front of some 2,500 spectators.\n\n"
    "Thirty-two teams of workers from Sri Lanka, Nepal and Kerala entered this year's tournament, which ran for "
    "eight weeks on four grounds.\n\n"
    "Every player in the winning team receives QAR 500, and the camp's club takes the trophy and QAR 10,000 towards "
    "new kit.\n\n"
    "\"We practise after the evening shift, two nights a week,\" said Dinesh Perera, the team's wicket-keeper.\n\n"
    "Organisers said the matches would move to floodlit grounds next season.\n"
)

# the same league, but the report tells that the players' wages were held back: claims stay
CAMP_FINAL_WITH_ABUSE = CAMP_FINAL + (
    "\nSeveral players told this paper that their employer had kept their passports since they arrived and had not "
    "paid them for four months.\n"
)

# workers sent to build a stadium for a tournament: sport words, no cue, but not a match report
STADIUM_BUILDERS = (
    "Crews from abroad race to finish the new stadium\n\n"
    "About 600 migrant workers from Nepal and Bangladesh live in a labour camp beside the site in Al Wakrah, where "
    "the stadium for next year's regional cup is going up.\n\n"
    "They work in two shifts, the contractor said, and the roof should be closed by March.\n"
)


def test_a_match_report_from_a_labour_camp_league_stays_quiet() -> None:
    result = analyse(CAMP_FINAL, META)
    assert result.claims == [] and result.indicators() == []


def test_the_same_league_with_an_account_of_abuse_keeps_its_claims() -> None:
    result = analyse(CAMP_FINAL_WITH_ABUSE, META)
    assert result.claims
    assert {"retention_of_identity_documents", "withholding_of_wages"} <= set(result.indicators())


def test_workers_building_a_stadium_are_still_a_report_about_workers() -> None:
    assert analyse(STADIUM_BUILDERS, META).claims


@pytest.mark.parametrize("sentence", [
    "The camp's side took the cricket trophy, beating the hospital eleven by nine wickets.",
    "Their captain made 80 in the final innings, beating the record of the last cricket season.",
])
def test_beating_a_side_at_cricket_is_no_violence(sentence: str) -> None:
    assert "physical_and_sexual_violence" not in {h.indicator for h in indicators.match(sentence, 0).hits}


@pytest.mark.parametrize("sentence", [
    "The supervisor was beating workers who asked for their pay.",
    "Guards kept beating the men with sticks after the evening shift.",
])
def test_beating_workers_is_still_violence(sentence: str) -> None:
    assert "physical_and_sexual_violence" in {h.indicator for h in indicators.match(sentence, 0).hits}


def _overtime(sentence: str) -> bool:
    return "excessive_overtime" in {h.indicator for h in indicators.match(sentence, 0).hits}


def test_play_after_a_shift_is_no_second_shift() -> None:
    assert not _overtime("They play volleyball behind the hostel after the evening shift, weather allowing.")
    assert _overtime("After the day at the plant she was made to work a night shift at the laundry as well.")


# a race that passes the memorial of a former camp, with the weather of the day: sport, not forced labour
MEMORIAL_RACE = (
    "Cyclists brave the cold on the old tract road\n\n"
    "VORKUTA, Komi Republic -- About 600 cyclists from 20 regions started Sunday's 80-kilometre race along the tundra "
    "road, which passes the memorial on the site of a former labour camp.\n\n"
    "The race was won by Pavel Zorin of Syktyvkar, and the reigning champion finished third; organisers said the "
    "competitors raised 900,000 rubles for the memorial's archive.\n\n"
    "Temperatures held near minus 15 degrees all morning, and forecasters expect a thaw that will close the gravel "
    "section for the rest of the month.\n"
)


def test_a_race_past_a_former_camp_memorial_stays_quiet() -> None:
    result = analyse(MEMORIAL_RACE, META)
    assert result.claims == [] and result.indicators() == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Temperatures fell to minus 20 degrees, and forecasters expect a thaw by Friday.", False),
    ("The men unloaded timber at minus 30 degrees with no gloves and no heated hut.", True),
])
def test_a_forecast_is_no_cue_of_cold_at_work(sentence: str, expected: bool) -> None:
    hits = {h.indicator for h in indicators.match(sentence, 0).hits}
    assert ("abusive_working_and_living_conditions" in hits) is expected
