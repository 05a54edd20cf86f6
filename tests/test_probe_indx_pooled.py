"""Probe of indicator wording that recurs across many diagnosis sets (round indx: claim-level misses pooled over
every opened set), in our own mini-texts.

Classes: the price of leaving (a worker who asks to go home is told to repay first; a debt to clear before the
ticket home; a release paid for); the key of a locked place held by the boss; calls home rationed or overheard;
meals and parties the workers never join; a word with outsiders punished; the loss of pay, papers or a future
promised to whoever refuses; pay for part of the time only; the balance of the pay kept by the state or the boss;
overtime paid at the plain rate; pay that never reaches the worker; a family's land at stake; a passport asked for
and refused, or given back for a price; work through the rest day. Second readings: money owed TO the worker is
pay kept back, not a debt; deductions the employer calls agreed or the
price of board are its account, not evidence; a frame that says an abuse was not shown drops the abuse. Every
positive has near misses that must stay quiet.
"""
from __future__ import annotations

import pytest

from labourlens.analyse import cue_readings, indicators
from labourlens.analyse.pipeline import analyse

HEAD = "Migrant workers at a coastal fish plant describe forced labour\n\n"
LEAD = "The men and women were recruited in Dhaka and sent abroad by an agency for Saltmere Seafoods. "
CTX = {"published": "2025-03-01", "language": "en"}


def _affirmed(sentence: str) -> set[str]:
    a = analyse(HEAD + LEAD + sentence, CTX)
    return {h.indicator for c in a.claims if c.polarity == "affirmed" for h in c.indicators}


POSITIVE = [
    ("restriction_of_movement", "Packers who asked to go home before the season ended were told they would first "
                                "have to repay the agency for the flight, a union organiser said."),
    ("restriction_of_movement", "Each woman has to clear her hostel debt before she is allowed to return home, "
                                "a former packer said."),
    ("restriction_of_movement", "His brother said the family had paid 40,000 taka to a middleman to secure his "
                                "release from the plant."),
    ("restriction_of_movement", "The gate was shut every night and the key was with the shift boss, a driver "
                                "said."),
    ("isolation", "\"I could speak to my husband only on Fridays, on the supervisor's phone, in front of him,\" "
                  "a packer said."),
    ("isolation", "One of the men said he had been allowed to telephone his parents twice in two years."),
    ("isolation", "A Ghanaian cleaner said the Bangladeshi packers never came to the canteen with the local staff."),
    ("isolation", "A cook said one waitress was sent back after she was seen talking with a customer."),
    ("intimidation_and_threats", "The foreman told the line that whoever refused the Sunday shift would not get "
                                 "their bonus, two packers said."),
    ("intimidation_and_threats", "\"If you complain again your visa will not be renewed,\" the manager told him, "
                                 "the worker said."),
    ("withholding_of_wages", "Rahima said the agency had paid her for three of the ten months she worked at the "
                             "plant."),
    ("withholding_of_wages", "He said he had received his monthly salary only twice in a year."),
    ("withholding_of_wages", "The men earn 1,500 dirhams on paper; the rest goes to the agency, a packer said."),
    ("withholding_of_wages", "Workers said overtime was paid at the basic hourly rate, without any premium."),
    ("withholding_of_wages", "Most of the money the plant pays for each packer never reaches him, the union said."),
    ("withholding_of_wages", "When she finally left, her employer owed her 2,400 dollars, her sister said."),
    ("debt_bondage", "\"If I go home now, the lender will take my father's land,\" a packer said."),
    ("retention_of_identity_documents", "\"When I asked for my passport, the manager laughed,\" a packer said."),
    ("retention_of_identity_documents", "Several packers said they would have to pay 300 dinars to get their "
                                        "passports back."),
    ("excessive_overtime", "A packer said the crews worked through the weekly rest day all through the season."),
]

NEGATIVE = [
    ("restriction_of_movement", "Packers who want to go home early pay nothing, the company said, as the employer "
                                "pays the ticket."),
    ("restriction_of_movement", "The plant's manager said the key to success was a well-trained crew."),
    ("isolation", "The packers call their families every evening after the shift, a packer said."),
    ("isolation", "She said she calls her mother every Sunday for an hour after church."),
    ("intimidation_and_threats", "If the harvest is good, the men will get a bonus, the manager said."),
    ("withholding_of_wages", "The rest is up to the company, the minister said."),
    ("withholding_of_wages", "Overtime is paid at one and a half times the basic rate, the contract says."),
    ("withholding_of_wages", "He said he did not know whether the money would ever reach them."),
    ("debt_bondage", "When she finally left, her employer owed her 2,400 dollars, her sister said."),
    ("retention_of_identity_documents", "The officer asked for their passports at the checkpoint and waved the "
                                        "bus through."),
    ("excessive_overtime", "Workers could leave the camp on their days off with a driver, the manager said."),
]


@pytest.mark.parametrize("indicator,sentence", POSITIVE)
def test_indx_wording_fires(indicator: str, sentence: str) -> None:
    assert indicator in _affirmed(sentence)


@pytest.mark.parametrize("indicator,sentence", NEGATIVE)
def test_indx_near_miss_stays_quiet(indicator: str, sentence: str) -> None:
    assert indicator not in _affirmed(sentence)


def test_debt_to_the_agent_stays_a_debt() -> None:
    got = _affirmed("Thida said she still owes 2 million kyat to the agent who placed her.")
    assert "debt_bondage" in got


@pytest.mark.parametrize("sentence", [
    "The agency said in a statement that the deductions were for accommodation.",
    "A manager said the workers had agreed to deductions for food and housing.",
    "A spokesman said the deductions were in the contract the riders signed.",
])
def test_deductions_the_employer_calls_agreed_are_no_evidence(sentence: str) -> None:
    assert "withholding_of_wages" not in _affirmed(sentence)


def test_deductions_told_by_workers_stay_evidence() -> None:
    got = _affirmed("The agency deducted 250 euros a month from each packer's pay for a flat shared by ten men.")
    assert "withholding_of_wages" in got


@pytest.mark.parametrize("sentence", [
    "A city official said there was no evidence so far that the women had been held against their will.",
    "The ministry said it had not been shown any evidence that passports were confiscated at the plant.",
    "We heard no first-hand account of beatings at the plant.",
])
def test_abuse_said_to_be_unproven_carries_no_indicator(sentence: str) -> None:
    a = analyse(HEAD + LEAD + sentence, CTX)
    last = [c for c in a.claims if "evidence" in c.text or "account" in c.text]
    assert all(not c.indicators for c in last)
    assert all(c.polarity == "negated" for c in last)


def test_unproven_frame_ends_at_a_contrast() -> None:
    text = "The inspectors found no evidence of fines, but the packers said they were beaten by the foreman."
    kept, _ = cue_readings.unproven(text, indicators.match(text).hits, [])
    assert "physical_and_sexual_violence" in {h.indicator for h in kept}
    text = "The inspectors found no evidence that the packers were beaten by the foreman."
    kept, negated = cue_readings.unproven(text, indicators.match(text).hits, [])
    assert not kept and "physical_and_sexual_violence" in {h.indicator for h in negated}


@pytest.mark.parametrize("sentence", [
    "The court found that the packers' passports were kept in a locked cabinet in the site office.",
    "A manager said the gate was locked at night \"only for security\" and the packers could leave on Sundays.",
])
def test_a_lock_on_papers_or_a_gate_locked_for_security_is_no_restriction(sentence: str) -> None:
    assert "restriction_of_movement" not in _affirmed(sentence)


@pytest.mark.parametrize("sentence", [
    "The packers were kept in a locked room behind the cold store, a former packer said.",
    "The gate was locked every night and the packers could not leave, a driver said.",
])
def test_people_under_lock_stay_restricted(sentence: str) -> None:
    assert "restriction_of_movement" in _affirmed(sentence)


@pytest.mark.parametrize("sentence", [
    "A driver said the lorry crews had been told not to talk to the packers.",
    "The shifts were long, but the hours were written down, a packer said.",
    "The ministry said it has blacklisted rogue agencies that charge packers illegal fees.",
])
def test_instructions_books_and_blacklisted_firms_are_no_threat(sentence: str) -> None:
    assert "intimidation_and_threats" not in _affirmed(sentence)


def test_an_instruction_with_a_sanction_stays_a_threat() -> None:
    text = "The women were told not to talk to visitors or they would be sent home."
    hits = indicators.match(text).hits
    assert "intimidation_and_threats" in {h.indicator for h in hits}
    assert "intimidation_and_threats" in {h.indicator for h in cue_readings.reread(text, hits)}
