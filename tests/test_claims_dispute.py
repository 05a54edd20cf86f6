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
