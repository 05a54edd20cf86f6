"""Probe (s397): cues of state-imposed labour that the lexicon missed, and near misses that must stay quiet.

Public staff (teachers, nurses, clerks) and pupils mobilised; a sum paid to an official to be excused or to have
someone freed; conscripts put to work on building sites, farms or for firms; a term of service told in advance;
conscripts kept in service for decades; someone caught without a travel pass; the cost of refusing said in the
second person; homes to be burned if anyone flees; bound hands; porters left behind, too weak to walk on;
overtime stated as a monthly total; head counts demanded from workplaces, staff lists handed to the authorities.
Near misses: union members mobilised for a strike, a bail payment, conscripts in training, a visa delay, a career
spent in an office, a flood, the idiom of tied hands, a soldier's home leave, a cook hired, luggage sent back, a list
of demands. Three near misses were false hits before (an open letter, a door-to-door round at dawn, villagers made
to walk ahead of a column). Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("About 3,000 state employees were mobilised this autumn, the group estimated.", "abuse_of_vulnerability"),
    ("The mobilisation of public-sector staff went on until November.", "abuse_of_vulnerability"),
    ("Her husband paid 900 dinars to his manager to be excused from the harvest.", "abuse_of_vulnerability"),
    ("The family was told the boy could be exempted for 2 million.", "abuse_of_vulnerability"),
    ("The elders paid an officer to have four of the men released.", "abuse_of_vulnerability"),
    ("Conscripts were assigned to construction for firms close to the ruling party.", "abuse_of_vulnerability"),
    ("National service conscripts get sent to work for the contractor at the quarry.", "abuse_of_vulnerability"),
    ("Recruits were told it would last twelve months, and then they stayed on.", "deception"),
    ("Some conscripts have served more than 15 years in the same unit.", "restriction_of_movement"),
    ("A soldier caught without a travel permit is sent to a military jail.", "restriction_of_movement"),
    ("Complain about the heat and you lose your job, a picker said.", "intimidation_and_threats"),
    ("The captain warned that their homes would be burned if any porter fled.", "intimidation_and_threats"),
    ("The guards tied the prisoners' hands behind their backs overnight.", "physical_and_sexual_violence"),
    ("Two porters were abandoned at the roadside, too weak to walk.", "abusive_working_and_living_conditions"),
    ("Overtime at the plant averaged 80 hours a month last year.", "excessive_overtime"),
])
def test_cue_found(text: str, indicator: str) -> None:
    assert indicator in _found(text), _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("Teachers were mobilised by their union for the strike in March.", "abuse_of_vulnerability"),
    ("His brother paid bail to have him released from custody.", "abuse_of_vulnerability"),
    ("The conscripts spent the first weeks in training at the barracks.", "abuse_of_vulnerability"),
    ("She was told it would be six months before the visa arrived.", "deception"),
    ("Ms Arnaud worked in the ministry's archive for more than 20 years.", "restriction_of_movement"),
    ("Homes near the river would be destroyed by the flood, engineers warned.", "intimidation_and_threats"),
    ("Our hands are tied by the rules, the inspector said.", "physical_and_sexual_violence"),
    ("He overstayed his leave by two days and was fined.", "abuse_of_vulnerability"),
    ("Forty groups signed an open letter addressed to the board.", "isolation"),
    ("Volunteers knocked door to door at dawn to hand out leaflets.", "excessive_overtime"),
    ("The captain warned that their homes would be burned if any porter fled.", "physical_and_sexual_violence"),
    ("The troops made villagers walk in front of a column of trucks.", "restriction_of_movement"),
])
def test_near_miss_not_found(text: str, indicator: str) -> None:
    assert indicator not in _found(text), _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("At the depot the drivers were told to report to the collective farm by Monday.", "abuse_of_vulnerability"),
    ("Officials demanded a quota of 15 workers from each workshop.", "abuse_of_vulnerability"),
    ("The district office handed down quotas to schools and clinics.", "abuse_of_vulnerability"),
    ("Managers gave lists of male workers to the conscription office.", "abuse_of_vulnerability"),
    ("The troops rounded up all the young men in the hamlet.", "abuse_of_vulnerability"),
    ("The group counted 90 cases of forced porterage last year.", "abuse_of_vulnerability"),
    ("We were prisoners, not employees, one man said.", "abuse_of_vulnerability"),
    ("The colonel made the recruit work as a maid in his villa.", "abuse_of_vulnerability"),
    ("These clerks did not volunteer, the monitor said.", "abuse_of_vulnerability"),
    ("Either you go to the harvest or you pay, one nurse said.", "abuse_of_vulnerability"),
    ("A returnee was sent back to his old unit within a week.", "abuse_of_vulnerability"),
    ("An audit found overtime at the second of two plants averaged 75 hours a month.", "excessive_overtime"),
])
def test_more_cues_found(text: str, indicator: str) -> None:
    assert indicator in _found(text), _found(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("The restaurant hired Lena to cook and wash dishes in 2019.", "abuse_of_vulnerability"),
    ("The airline sent back his luggage within a week.", "abuse_of_vulnerability"),
    ("The union handed a list of demands to the ministry.", "abuse_of_vulnerability"),
])
def test_more_near_misses(text: str, indicator: str) -> None:
    assert indicator not in _found(text), _found(text)
