"""Probes (s339): agency housing and recruitment in Europe. A bed or room that goes with the job, threats to denounce
a worker, a hedged charge, rooms holding more people than they were built for; and
denials worded as what is still so (papers carried by their owners, nobody kept in, nothing taken back). Near misses
stay quiet. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(("text", "kind"), [
    ("The caravan goes with the job: quitting the job means losing the caravan within a day.", "abuse_of_vulnerability"),
    ("The room is forfeited immediately if the contract ends.", "abuse_of_vulnerability"),
    ("Pickers who were let go were given two hours to clear out their beds.", "abuse_of_vulnerability"),
    ("If we complain, the boss will tell the police that we stole from the yard.", "intimidation_and_threats"),
    ("She said the manager would tell the agency she was working illegally.", "intimidation_and_threats"),
    ("The men were reportedly charged between €500 and €900 each.", "debt_bondage"),
    ("Cabins meant for three people held five to seven pickers.", "abusive_working_and_living_conditions"),
    ("The auditors called the hostel tidy but the building overcrowded.", "abusive_working_and_living_conditions"),
    ("Several of the packers could not read, the charity said.", "abuse_of_vulnerability"),
    ("She stayed because she had nobody in Scotland to turn to.", "abuse_of_vulnerability"),
    ("When I was ill the foreman said twenty men were queueing for your place.", "intimidation_and_threats"),
    ("Anyone who took a sick day would not be here next week, he said.", "intimidation_and_threats"),
    ("Our room was a shed with eight mattresses.", "abusive_working_and_living_conditions"),
    ("He paid us 60 leva a day and said the difference went to the van and the rent.", "withholding_of_wages"),
    ("Anyone who quits before three months pays the fee again.", "debt_bondage"),
])
def test_housing_threats_and_fees(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize("text", [
    "He left the job and the flat in March and moved to Leeds.",
    "The students were given two hours to leave the hall after the fire alarm.",
    "The hostel was built for 40 guests and now houses 40 guests comfortably.",
    "The room rate is €40 a night for two people.",
    "The garage has space for two cars.",
    "She told her class to read chapter four.",
    "The shop windows were boarded up before the hurricane.",
    "The difference was for the better weather in the south.",
    "Those who leave early pay nothing.",
])
def test_near_misses_stay_quiet(text: str) -> None:
    assert not _kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("My passport is always with me, in my bag.", "retention_of_identity_documents"),
    ("Our passports are always with us in the caravan.", "retention_of_identity_documents"),
    ("In both cases the passports stayed with the workers.", "retention_of_identity_documents"),
    ("Nobody is kept on the farm against their will.", "restriction_of_movement"),
    ("No worker is obliged to live in the agency's flats.", "restriction_of_movement"),
    ("They paid for the bus and took nothing back from our wages.", "debt_bondage"),
])
def test_denials_worded_as_what_is_so(text: str, kind: str) -> None:
    assert kind in indicators.counter_cues(text)


def test_a_minder_always_with_them_is_no_denial() -> None:
    assert "retention_of_identity_documents" not in indicators.counter_cues("Their foreman was always with them, even at meals.")


def test_a_charge_for_lost_equipment_is_no_recruitment_debt() -> None:
    assert "debt_bondage" not in _kinds("The men were allegedly charged 200 lei each for the replacement of lost gloves.")


def test_a_penalty_for_leaving_early_is_no_fee_paid_again() -> None:
    rules = {h.rule for h in indicators.match("If you leave before the contract ends you pay a penalty of 20,000 yuan.").hits}
    assert not any("s339" in r for r in rules)
