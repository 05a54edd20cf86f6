"""Named heads, managers and owners of a firm speak for it in the shapes of
:mod:`labourlens.analyse.firm_heads`; heads of state bodies, NGOs and unions, former managers and owners
of some other business stay with the other rules. Phrases written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speaker
from labourlens.analyse import speakers

LEAD = ("North Korean women at the plant have not been paid for months and their passports are held by a "
        "minder, three workers told our reporter. ")


@pytest.mark.parametrize(
    "phrase",
    [
        "Oleg Fedin, head of the construction firm Amurstal",
        "Liu Baozhen, the owner of the plant",
        "Sun Peiwen, a manager at the plant",
        "Fedin, the site manager",
        "Oleg Fedin, who runs the subcontractor that hired the crew",
        "Marta Kowal, general director of Baltic Hull Works",
        "Ahmed Saleh, the owner of the labour-supply company",
    ],
)
def test_a_named_head_of_a_firm_speaks_for_it(phrase: str) -> None:
    assert speakers.classify(phrase) == "organization"


@pytest.mark.parametrize(
    "phrase",
    [
        "Dr Lena Voss, head of the Seoul Labour Institute",  # a research institute
        "Park Sung-ho, a former manager at the plant",  # a former manager speaks for himself
        "Lin Wei, who owns a tea shop opposite the plant",  # another business nearby
        "Maria Lopez, the owner of a cafe near the site",
        "Ana Ruiz, head of the Harbour Workers Union",  # a union
        "Arkady Lenin, whose firm builds one of the towers",  # annotators keep such a person a person
    ],
)
def test_other_heads_stay_people(phrase: str) -> None:
    assert speakers.classify(phrase) == "named_person"


def test_a_head_of_a_state_body_is_an_official() -> None:
    assert speakers.classify("Ivan Orlov, head of the regional labour inspectorate") == "official"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sun Peiwen, a manager at the plant, said the women were paid on time.",
        "Liu Baozhen, the owner of the plant, said the women were paid on time.",
        "Fedin, the site manager, said the women were paid on time.",
    ],
)
def test_the_firms_denial_through_the_pipeline(sentence: str) -> None:
    assert claim_speaker(LEAD + sentence, "paid on time")[0] == "organization"
