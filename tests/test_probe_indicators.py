"""Probe of ILO indicators told in paraphrase, as a witness or a reporter says them (PR6).

Every page has a headline, one neutral sentence, then the sentence under test; positives must carry the
indicator as an affirmed claim, near misses (another sense of the words, denials, definitions, plans)
must not.
"""
from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

HEAD = "North Korean migrant workers at a Kaliningrad shipyard describe their conditions\n\n"
LEAD = "The men were sent by a state trading company in Pyongyang. "
CTX = {"published": "2025-03-01", "language": "en"}


def _affirmed(sentence: str) -> set[str]:
    a = analyse(HEAD + LEAD + sentence, CTX)
    return {h.indicator for c in a.claims if c.polarity == "affirmed" for h in c.indicators}


POSITIVE = [
    ("abuse_of_vulnerability", "Tomas Vale said the men came in on tourist visas and had no right to work."),
    ("abuse_of_vulnerability", "\"We had nobody to complain to,\" said one welder."),
    ("abuse_of_vulnerability", "The women said they were afraid of being deported if they spoke up."),
    ("deception", "The workers said they were promised 800 dollars a month but got a third of that."),
    ("deception", "\"The job they described in Hanoi was not the job we found here,\" a cook said."),
    ("deception", "The post they advertised was nothing like the work on the quay, a welder said."),
    ("deception", "The men said nobody ever showed them a contract."),
    ("deception", "A seamstress said she never saw any contract before she left."),
    ("deception", "They were told they would work in a hotel, but were sent to a fish plant."),
    ("restriction_of_movement", "The workers said they were not allowed to leave the dormitory after work."),
    ("restriction_of_movement", "A welder said they needed the foreman's permission to go into town."),
    ("isolation", "The managers took their phones on the first day, a worker said."),
    ("isolation", "The men said they did not even know which city they were in."),
    ("isolation", "\"We had no idea where we were,\" one of the cooks said."),
    ("isolation", "They were never told what country the boat had reached, a deckhand said."),
    ("physical_and_sexual_violence", "The supervisor hit us with a pipe when we were slow, a welder said."),
    ("physical_and_sexual_violence", "One seamstress said the boss groped her in the storeroom."),
    ("intimidation_and_threats", "The manager told them they would be sent home if they complained."),
    ("retention_of_identity_documents", "The manager keeps our papers in his office, a welder said."),
    ("retention_of_identity_documents", "He never saw his passport again after landing."),
    ("withholding_of_wages", "The workers said they had not been paid for five months."),
    ("debt_bondage", "A worker said he still owes the team leader two thousand dollars."),
    ("abusive_working_and_living_conditions", "Twenty men share one room with bunk beds, a welder said."),
    ("excessive_overtime", "\"We get one day off a month,\" said a seamstress."),
    ("excessive_overtime", "After the day shift they were sent back for the night shift, a cook said."),
    ("excessive_overtime", "Following a full day on the hull they went straight to the night shift, a welder said."),
    ("excessive_overtime", "The day shift was followed by a night shift in the paint shop, the women said."),
]

NEGATIVE = [
    ("abuse_of_vulnerability", "The ministry said it plans to issue more student visas next year."),
    ("abuse_of_vulnerability", "The company said all its workers hold valid work permits."),
    ("deception", "The workers said they received the salary promised in their contract."),
    ("deception", "The lawyer said the contract was shown to the court in May."),
    ("restriction_of_movement", "The workers said they were free to visit the market on their days off."),
    ("isolation", "The workers said they could call home every evening on their own phones."),
    ("isolation", "The shipyard is isolated from the financial markets, analysts said."),
    ("isolation", "The firm has been isolated diplomatically since the sanctions, a trader said."),
    ("physical_and_sexual_violence", "The storm hit the port in March."),
    ("physical_and_sexual_violence", "The company denied any abuse of workers."),
    ("intimidation_and_threats", "The drought threatens this year's harvest, farmers said."),
    ("intimidation_and_threats", "Floods threaten the crop in the south, the ministry said."),
    ("retention_of_identity_documents", "The workers said they keep their own passports."),
    ("withholding_of_wages", "The workers said they are paid in full each month into their own accounts."),
    ("debt_bondage", "The employer paid for the workers' flights and visas, the manager said."),
    ("abusive_working_and_living_conditions", "The workers moved into a new dormitory with heating last winter."),
    ("excessive_overtime", "The workers said their shifts last eight hours and overtime is paid."),
]


@pytest.mark.parametrize("indicator,sentence", POSITIVE)
def test_paraphrase_fires(indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence)


@pytest.mark.parametrize("indicator,sentence", NEGATIVE)
def test_near_miss_does_not_fire(indicator: str, sentence: str) -> None:
    assert indicator not in _affirmed(sentence)


def test_night_shift_is_not_being_sent_home() -> None:
    # "sent back for the night shift" is more work, not a punishment by repatriation
    assert "intimidation_and_threats" not in _affirmed(
        "After the day shift they were sent back for the night shift, a cook said.")


@pytest.mark.parametrize("sentence,indicator", [
    ("Wage theft is defined by the ILO as non-payment of wages owed.", "withholding_of_wages"),
    ("Debt bondage is commonly defined as work demanded to repay a loan that can never be cleared.",
     "debt_bondage"),
    ("Confinement is defined in the protocol as keeping a worker locked in a compound.",
     "restriction_of_movement"),
])
def test_definition_is_no_event(sentence: str, indicator: str) -> None:
    assert indicator not in _affirmed(sentence)


def test_definition_then_event_still_fires() -> None:
    # a definition in one sentence does not silence the witness in the next
    a = analyse(HEAD + LEAD + "Wage theft is defined as non-payment of wages owed. "
                "The workers said they had not been paid for five months.", CTX)
    assert "withholding_of_wages" in {h.indicator for c in a.claims if c.polarity == "affirmed" for h in c.indicators}


@pytest.mark.parametrize("indicator,sentence", [
    ("isolation", "\"I have not heard my wife's voice since 2022,\" said one welder."),
    ("isolation", "\"I have not heard my mother's voice in two years,\" said a cook."),
    ("isolation", "The women said they had never heard from their families after the flight."),
    ("retention_of_identity_documents", "I begged the boss to see my passport, but he refused, a cook said."),
    ("retention_of_identity_documents", "The men had to plead with the director to see their own passports, a cook said."),
    ("retention_of_identity_documents", "Workers must ask permission to get their passports from the safe, a welder said."),
])
def test_paraphrase_round_two(indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence)


@pytest.mark.parametrize("indicator,sentence", [
    ("isolation", "The director said he had never heard the voice of a worker raised in anger."),
    ("isolation", "\"We have not heard from the company about the new order,\" a manager said."),
    ("retention_of_identity_documents", "A welder asked the manager for his passport and got it the same day."),
])
def test_near_miss_round_two(indicator: str, sentence: str) -> None:
    assert indicator not in _affirmed(sentence)
