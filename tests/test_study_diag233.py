"""Probes for the study of heldout233 (diag233): general wordings of escape threats, restraints, punishment drills,
a price on a captive's freedom, papers taken, journeys that end elsewhere, overnight shifts, and scam words that name
the work rather than a lie told to the worker. Texts are written for these tests; controls must stay quiet."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Whoever ran off, the foreman warned, would be found and shot by his men.",
         {"intimidation_and_threats"}),
        ("If we fled the farm, they were going to hunt us down, Marisol recalled.", {"intimidation_and_threats"}),
        ("Two of the fishermen were shackled to the bunks overnight.",
         {"physical_and_sexual_violence", "restriction_of_movement"}),
        ("Latecomers were ordered to do sit-ups in the yard until dawn.", {"physical_and_sexual_violence"}),
        ("When a picker dozed off, the overseer used a whip on him.", {"physical_and_sexual_violence"}),
        ("Her lips were bloodied when she came back from the office.", {"physical_and_sexual_violence"}),
        ("The mine's bosses asked his uncle for 9,000 dollars before they would let him leave; the family "
         "paid 9,000 dollars for his release in June.", {"debt_bondage"}),
        ("Relatives in Accra were told the brick kiln demands an exit fee for every labourer.", {"debt_bondage"}),
        ("Tomas was released only after his parents paid the smuggler.", {"debt_bondage"}),
        ("The traffickers demand money to buy back their freedom.", {"debt_bondage"}),
        ("Loggers who tried to go home were fined by the camp boss.", {"restriction_of_movement"}),
        ("Several maids had their papers confiscated by the household on day one.",
         {"retention_of_identity_documents"}),
        ("The cooks assumed they were going to work for a catering firm in Doha.", {"deception"}),
        ("Promised a berth on a cargo ship, Arjun was bused to a quarry in the hills instead.", {"deception"}),
        ("Crews laboured from ten at night until noon the following day, seven days a week.",
         {"excessive_overtime"}),
        ("The gang is still holding three migrants in a flat near the port.", {"restriction_of_movement"}),
        ("Nadia realised too late that the nanny job was a scam.", {"deception"}),
    ],
)
def test_general_wordings_fire(text: str, expected: set[str]) -> None:
    assert expected <= _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # scam words that name the work done in a compound, not a lie told to the worker
        ("Survivors say they spent months inside a scam centre near the river.", "deception"),
        ("He was ordered to send online scam messages to pensioners.", "deception"),
        ("Under the statute, those involved in scams overseas may face charges.", "deception"),
        # a traveller's change of route, not a worker deceived
        ("Instead of flying, the delegation was driven to the summit venue.", "deception"),
        # police restraints on a suspect
        ("Officers handcuffed the suspect to a chair at the station.", "physical_and_sexual_violence"),
        # a call at night, not work at night
        ("My brother phones me at midnight when the dormitory is quiet.", "excessive_overtime"),
        # a night shift that ends in the morning
        ("The bakery's night shift runs from ten at night until six the next morning.", "excessive_overtime"),
        # a body part cut off is no cut contact
        ("They threatened to cut off his ear unless the family paid.", "isolation"),
        # a weapon used on someone is violence, not a weapon on display
        ("The guard used his baton on the new arrivals.", "intimidation_and_threats"),
        # holding objects, not people
        ("Parents stood outside the ministry holding pictures of their sons.", "restriction_of_movement"),
        # swollen legs of long standing are no beating; a door chained shut is no restraint on a person
        ("By the end of the shift his legs were swollen from standing.", "physical_and_sexual_violence"),
        ("The fire door at the back had been chained shut for weeks.", "physical_and_sexual_violence"),
        # a state's levy on employers is no price on a captive's freedom
        ("The ministry charges employers an exit fee when a contract ends early.", "debt_bondage"),
        # quitting early and paying one's own fare is no bar on leaving by itself
        ("Those who wanted to go home had to pay for their own flights.", "restriction_of_movement"),
        # a supply chain is no chain on a person; a plant that runs short is no runaway
        ("Auditors found the supply chain was traced to the smelter.", "physical_and_sexual_violence"),
        ("If the mill runs short of cotton, the owners will cut the night shift.", "intimidation_and_threats"),
        # buying back goods
        ("The firm plans to buy back shares from investors.", "debt_bondage"),
    ],
)
def test_controls_stay_quiet(text: str, absent: str) -> None:
    assert absent not in _found(text)


def test_weapon_used_is_violence() -> None:
    assert "physical_and_sexual_violence" in _found("The guard used his baton on the new arrivals.")


def test_stick_of_speech_is_no_weapon_used() -> None:
    hits = indicators.match("Deportation is used as a stick to keep the pickers from complaining.").hits
    assert not [h for h in hits if h.rule.endswith("r233_weapon_used")]
