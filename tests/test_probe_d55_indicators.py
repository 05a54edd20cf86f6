"""Indicator cues of short Gulf, Levant and Africa excerpts (probe diag55): overtime worked and not paid ("the payslip
shows no overtime", "an overtime line of zero"), a loss named for a refusal, a complaint or a day off ("if you argue,
your tent is next"), recruitment "with promises of" jobs; and what is no cue: a legal assessment ("may amount to forced
labour"), a norm stated with its penalty ("withholding a passport was prohibited and penalised"), a stay that a debt
rather than a bar explains ("could not leave because of the loan"), a rest day negated beside pay ("no day off and
were paid"), an outing off the farm once a month (no rest day), a third party who keeps a share (no promise),
a passport seen again when the contract ends (no pay), inspectors who found something on arrival (no deception),
deductions said to be lawful and overtime said to be paid in full (denials). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text,expected", [
    ("The cleaners said their March payslips showed no overtime at all.", "withholding_of_wages"),
    ("A wage sheet seen by the paper lists a basic wage of 1,500 dirhams and an overtime line of zero.",
     "withholding_of_wages"),
    ("Drivers say they worked 70 hours a week without the overtime their contracts promise.", "withholding_of_wages"),
    ('"If you complain, your bed in the camp is next to be removed," one picker said.', "intimidation_and_threats"),
    ("The guards were told that if they took a day off they would lose two days' pay.", "intimidation_and_threats"),
    ("The foreman said the police would take us if we walked out of the compound.", "intimidation_and_threats"),
    ("The girls were recruited in Kenema with promises of shop and salon jobs.", "deception"),
])
def test_new_cues(text: str, expected: str) -> None:
    assert expected in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text,absent", [
    ("We fear that these practices may amount to forced labour.", "abusive_working_and_living_conditions"),
    ("The lawyers argue the conditions constitute forced labour under the convention.",
     "abusive_working_and_living_conditions"),
    ('The ministry said that confiscating a worker\'s passport was "prohibited and penalised."',
     "retention_of_identity_documents"),
    ('The ministry said that confiscating a worker\'s passport was "prohibited and penalised."', "withholding_of_wages"),
    ("He could not leave because the debt was still there, growing every month.", "restriction_of_movement"),
    ('They worked "twelve hours with no day off" and were paid every Friday.',
     "withholding_of_wages"),
    ("The herders were allowed off the farm only once a month, with a driver, to buy food.", "excessive_overtime"),
    ("She said the foreman keeps a quarter of what the farmer pays.", "deception"),
    ('"The madam took my passport and said I would see it when the contract ends," she said.', "withholding_of_wages"),
    ("Port inspectors boarded the trawler on arrival and found the cabins flooded.", "deception"),
    ('The agency said the workers had signed "freely" and that all deductions were lawful.', "withholding_of_wages"),
    ('The hotel said all overtime was "paid in full, in line with the law."', "excessive_overtime"),
])
def test_no_cue_where_nothing_happened_of_that_kind(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text,expected", [
    # controls: what the old rules found stays found
    ("He could not leave the camp because the guards locked the gate at night.", "restriction_of_movement"),
    ("The workers were forced into forced labour on the farm.", "abusive_working_and_living_conditions"),
    ("The company deducted 200 riyals from each man's wage for transport.", "withholding_of_wages"),
    ("They worked overtime every night for weeks.", "excessive_overtime"),
    ("Workers were given one day off a month.", "excessive_overtime"),
    ("The broker told them they could keep half of their wages.", "deception"),
    ("They were told they would be paid only at the end of the contract.", "withholding_of_wages"),
    ("The women discovered on arrival that the jobs did not exist.", "deception"),
])
def test_controls_stay(text: str, expected: str) -> None:
    assert expected in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text,expected", [
    # second round: conditions, confinement, exit price, delayed pay, recruiters' word, fees
    ("Their foreman said there were not enough helmets for the night crew.", "abusive_working_and_living_conditions"),
    ("The men have run short of food since the contractor stopped paying.", "abusive_working_and_living_conditions"),
    ("The camp's water supply was cut for a week in August.", "abusive_working_and_living_conditions"),
    ("We are 14 Nepalis in one room above the garage.", "abusive_working_and_living_conditions"),
    ("Eleven Kenyan women are held in an agency's villa in Riyadh.", "restriction_of_movement"),
    ("The labourers were detained at the compound for a month after the site closed.", "restriction_of_movement"),
    ("She says if they want to go home they must pay 800 dinars for the visa.", "restriction_of_movement"),
    ("Without papers the men risk arrest if they leave the farm.", "restriction_of_movement"),
    ("Transfers at sea kept the crew from reaching port for most of a year.", "isolation"),
    ("The porters say their wages have been delayed since April.", "withholding_of_wages"),
    ("They were hired by brokers who told them they would work in a hotel in Dubai.", "deception"),
    ("The women were told that a residence permit would be issued once they started work.", "deception"),
    ("He was never paid in riyals as his contract stated.", "deception"),
    ("Some of the men were charged about 3,000 dollars by the agency.", "debt_bondage"),
    ("She was told the first 4,000 dirhams would go to the agent's fees.", "debt_bondage"),
])
def test_second_round_cues(text: str, expected: str) -> None:
    assert expected in _kinds(text), _kinds(text)


@pytest.mark.parametrize("text,absent", [
    ("Her passport was held in the manager's office.", "restriction_of_movement"),
    ("A meeting was held at the compound on Friday.", "restriction_of_movement"),
    ("Their phones are kept in the office at night.", "restriction_of_movement"),
    ("When she asked to go home, the skipper said she would have to pay for her own ticket.", "restriction_of_movement"),
    ("Each worker was charged 9,000 CFA francs a month for lodging.", "debt_bondage"),
    ("The owner was charged with fraud after the raid.", "debt_bondage"),
    ("The late shift ends at midnight and pay is on Fridays.", "withholding_of_wages"),
    ("The recruiter told them the work would be hard.", "deception"),
])
def test_second_round_controls(text: str, absent: str) -> None:
    assert absent not in _kinds(text), _kinds(text)
