"""The document gate and ordinary labour disputes: wage arrears, overtime-pay claims and
strikes are labour news, not forced-labour evidence, unless the report also shows coercion
(fictional texts)."""

from __future__ import annotations

import pytest

from labourlens.analyse import context
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.sentences import split

DISPUTES = [
    ("Fictional Pearl River Daily\n\nToy workers win overtime case\n\n"
     "GUANGZHOU \u2014 A labour arbitration committee ordered the fictional Brightwing Toys factory to pay "
     "1.2 million yuan in back pay to 140 migrant workers on Tuesday. The workers said they had worked "
     "up to 80 hours of overtime a month without the legal overtime premium. Their wages for March had "
     "not been paid, they said. The company said it would respect the ruling."),
    ("Shoe plant strike ends\n\nWorkers at a fictional shoe plant in Dongguan ended a three-day strike after "
     "the management agreed to pay two months of wage arrears, a union representative said. Staff had "
     "complained of compulsory overtime on Sundays. The labour bureau mediated the talks, and social "
     "insurance contributions will be paid from next month."),
    ("Court backs warehouse staff\n\nA labour court in Suzhou ruled that the fictional Kestrel Logistics must "
     "pay severance to 35 contract workers whose salaries had been delayed for three months. The plaintiffs "
     "said supervisors threatened to fire anyone who refused night shifts. The firm plans to appeal the "
     "ruling, its lawyer said."),
]


@pytest.mark.parametrize("text", DISPUTES)
def test_ordinary_labour_disputes_yield_no_claims(text: str) -> None:
    assert not context.forced_labour_context(text, split(text))
    assert analyse(text, {"published": "2025-04-02", "language": "en"}).claims == []


def test_a_dispute_with_a_cue_of_coercion_stays_a_report() -> None:
    text = DISPUTES[0] + (" Managers kept the workers' identity cards in a locked drawer, and the dormitory "
                          "gate was locked at night.")
    assert context.forced_labour_context(text, split(text))
    assert analyse(text, {"published": "2025-04-02", "language": "en"}).claims


def test_a_strong_domain_term_outweighs_dispute_vocabulary() -> None:
    text = DISPUTES[1].replace("Workers at a fictional shoe plant", "North Korean workers at a fictional shoe plant")
    assert context.forced_labour_context(text, split(text))


def test_weak_domain_terms_alone_still_open_the_gate() -> None:
    """Without the vocabulary of a dispute, "migrant workers" still makes a labour report."""
    text = "About 60 migrant workers at a fictional brick kiln said their wages had not been paid since May."
    assert context.forced_labour_context(text, split(text))


def test_one_procedure_word_is_not_a_dispute() -> None:
    text = ("Migrant workers at a fictional brick kiln said their wages had not been paid since May, and that "
            "they worked 14 hours a day. One of them said he had filed a petition.")
    assert context.forced_labour_context(text, split(text))


HIRING = [
    ("Fictional Ob River Courier\n\nBuilders wanted: Novosibirsk opens a hiring drive\n\n"
     "NOVOSIBIRSK \u2014 Construction firms in the region face a labour shortage of about 4,000 workers, the "
     "regional employment service said on Monday. Firms are hiring migrant workers from Uzbekistan and "
     "Kyrgyzstan, who need a work patent costing 7,000 rubles a month. The starting salary is 85,000 rubles. "
     "Recruiters promised that housing would be provided, and the job fair drew 600 applicants."),
    ("Gulf Business Ledger\n\nContractor seeks 900 foreign workers for a stadium annex\n\n"
     "A fictional contractor, Lusail Skyline, has 900 vacancies for welders and steel fixers, its HR director "
     "said. Foreign workers hired through licensed recruiting agencies will receive a starting salary of "
     "1,800 riyals plus overtime pay. Applicants are interviewed in Kathmandu and Dhaka in March."),
]


@pytest.mark.parametrize("text", HIRING)
def test_a_hiring_drive_for_migrant_workers_yields_no_claims(text: str) -> None:
    assert not context.forced_labour_context(text, split(text))
    assert analyse(text, {"published": "2025-04-02", "language": "en"}).claims == []


def test_a_hiring_story_with_passports_taken_stays_a_report() -> None:
    text = HIRING[0] + " Several workers said the foreman took their passports on arrival and kept them."
    assert context.forced_labour_context(text, split(text))


# a wage suit whose workers mention their own loans and the firm's debts, and two stories of a legal
# seasonal-worker programme (visas, minimum pay, deductions for housing, interpreters): labour news
MORE = [
    'Bus drivers sue city operator over unpaid overtime\nKHABAROVSK, March 3 - Forty-two drivers employed by the municipal bus company Avtotrans-Vostok have filed a lawsuit at the Central District Court, demanding 6.8 million rubles in unpaid wages and overtime for the past two years.\nThe drivers say they regularly worked 12-hour shifts, six days a week, but were paid only for eight hours a day. "We have families and loans to pay. The company owes each of us about 160,000 rubles," said Igor Fomin, a driver for 14 years and chairman of the drivers\' trade union branch.\nThe company\'s director, Valentina Orekhova, said the claims were exaggerated and that overtime had been paid according to the collective agreement. She said the firm was in debt after fuel prices rose and that salaries had been delayed by two weeks in January.\nThe regional labour inspectorate said it had received complaints from the drivers and had ordered an audit. A hearing is scheduled for April 15. The union said it would picket city hall if the wages are not paid by then.',
    "Gangwon expands seasonal worker programme for farms\nCHUNCHEON, South Korea - Gangwon province will bring in 3,200 seasonal workers from Vietnam, the Philippines and Laos this year under the government's seasonal worker programme, up from 2,400 last year, provincial officials said on Monday.\nThe workers will receive E-8 visas valid for up to eight months and will be paid at least the national minimum wage of 9,860 won an hour. Farmers must provide housing and meals, and the province will inspect accommodation before workers arrive.\nOfficials said some workers in previous years had left their farms before the end of their contracts, and that a hotline in five languages would now be available for complaints. Brokers are banned from charging workers fees, the province said. A cabbage farmer in Pyeongchang said he could not harvest his crop without foreign workers.",
    'Korean county doubles foreign seasonal workers for pepper harvest\nYANGGU, South Korea (Farm Daily) - Yanggu county will host 640 seasonal workers from the Philippines and Vietnam during this year\'s harvest, twice as many as last year, under an agreement with partner municipalities abroad, the county office said on Tuesday.\nThe workers arrive on E-8 seasonal visas for five months. They will earn the minimum wage, and farmers may deduct up to 20 percent of pay for housing and meals, the office said. Workers cannot change employers during their stay, but the county said it would reassign anyone who reports mistreatment.\nBecause most workers do not speak Korean, the county has hired two interpreters and set up a counselling centre. Last year, a handful of workers left their farms and were later found working illegally in construction, officials said.\n"Without them we could not harvest at all," said Park Sun-ok, a pepper farmer. The workers\' wages are paid into bank accounts opened on arrival, the county said.',
]


@pytest.mark.parametrize("text", MORE)
def test_wage_suits_and_legal_worker_programmes_yield_nothing(text: str) -> None:
    result = analyse(text, {"published": "2024-03-04", "language": "en"})
    assert result.claims == [] and result.indicators() == []


def test_debts_need_the_richer_dispute_vocabulary() -> None:
    """With only two procedure words a dispute that speaks of debts stays a report."""
    text = ("Forty drivers filed a lawsuit over unpaid wages at the city bus company. The drivers said they "
            "had borrowed money to feed their families and that the firm kept them in debt to the canteen. "
            "They worked 12-hour shifts.")
    assert analyse(text, {"published": "2024-03-04", "language": "en"}).claims


def test_a_programme_story_with_coercion_stays_a_report() -> None:
    text = MORE[2] + (" Two workers said the farmer locked them in a container at night and kept their "
                      "passports, and that they were forced to work without pay.")
    assert analyse(text, {"published": "2024-03-04", "language": "en"}).claims
