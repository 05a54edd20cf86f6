"""Probes (s337): paraphrases of the ILO indicators that reports of work analogous to slavery in Latin America use and
the lexicon lacked: teenagers kept out of school, no signal at the lodgings, kin unseen for years, leaving a workshop
only a few times, a site kilometres away with no transport, let out only for an errand, chased by foremen, no ticket home
until the tab is cleared, a gate fastened from outside, a stun gun, a blacklist of complainers, no work next season
unless one obeys, nothing for whoever quits, being tracked down at home, papers found in a foreman's drawer or given
back only once paid for, a debt that keeps growing, a store notebook taken out of pay,
water from a creek or the cattle's trough, gas bottles by the bunks, mattresses among the machines, months without a
day off. Near misses stay quiet: a country's debt that grew, police with pepper spray at a protest, workers who keep
their own cards in a drawer, ore rinsed in a river, a fire exit chained shut (a danger, not a confinement). Sentences written for these tests; the people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators

CASES = [
    ("abuse_of_vulnerability", "The two boys on the crew were never enrolled in school in Maranhão."),
    ("isolation", "There was no phone signal anywhere on the estate."),
    ("isolation", "Joana had not visited her parents in Crato since 2011."),
    ("restriction_of_movement", "In a whole season Rosa went out of the sewing room only twice."),
    ("isolation", "The ranch sits 40 kilometres from Corumbá along a track with no bus."),
    ("restriction_of_movement", "The cook was let out only to fetch milk from the corner shop."),
    ("restriction_of_movement", "Two cutters who ran off were hunted down by foremen in a pickup."),
    ("intimidation_and_threats", "Two cutters who ran off were hunted down by foremen in a pickup."),
    ("restriction_of_movement", "The gangmaster would give no one a fare home until the debt was paid."),
    ("restriction_of_movement", "At night the bakery's rear door was padlocked from the outside."),
    ("physical_and_sexual_violence", "One overseer pressed a taser against a boy's arm."),
    ("intimidation_and_threats", "The gangmaster keeps a list of pickers who complained."),
    ("intimidation_and_threats", "Sunday shifts are a must if you want to be hired again in March."),
    ("intimidation_and_threats", "Whoever quit before the last load would get nothing, the overseer warned."),
    ("intimidation_and_threats", "The broker warned that his men would come for them in their village."),
    ("retention_of_identity_documents", "Inspectors say the men's work cards were kept in the manager's office."),
    ("retention_of_identity_documents", "Their cards came back only once a cousin paid the broker."),
    ("debt_bondage", "Their cards came back only once a cousin paid the broker."),
    ("debt_bondage", "They had no papers and a debt that doubled before the harvest was over."),
    ("debt_bondage", "Each purchase went into the foreman's notebook and came out of the pickers' money."),
    ("abusive_working_and_living_conditions", "The crew drank water from a creek behind the kilns."),
    ("abusive_working_and_living_conditions", "The workers washed at the same trough as the horses."),
    ("abusive_working_and_living_conditions", "Gas canisters were kept under the mattresses."),
    ("abusive_working_and_living_conditions", "Her bed was a thin mattress beside the looms."),
    ("excessive_overtime", "The kiln hands had worked eleven months without one day of paid leave."),
]


@pytest.mark.parametrize(("indicator", "sentence"), CASES)
def test_paraphrase_maps_onto_its_indicator(indicator: str, sentence: str) -> None:
    assert indicator in {h.indicator for h in indicators.match(sentence).hits}


NEAR_MISSES = [
    ("debt_bondage", "Argentina's public debt grew by a fifth last year, the central bank said."),
    ("physical_and_sexual_violence", "Riot police used pepper spray on protesters outside the ministry."),
    ("retention_of_identity_documents", "Pickers keep their own identity cards in a drawer at the lodge."),
    ("abusive_working_and_living_conditions", "Hikers washed in the creek near the camp."),
    ("abusive_working_and_living_conditions", "The boy rinses copper ore in the river for the traders."),
    ("restriction_of_movement", "The fire exit on the top floor of the hostel was locked with a chain."),
]


@pytest.mark.parametrize(("indicator", "sentence"), NEAR_MISSES)
def test_near_misses_stay_quiet(indicator: str, sentence: str) -> None:
    assert indicator not in {h.indicator for h in indicators.match(sentence).hits}
