"""A company named beside a company noun speaks as the company, in either order ("The
developer, Tundrastroi", "Amurstal-Vostok, the general contractor"); people named beside a
role stay people. Phrases written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speaker
from labourlens.analyse import speakers

LEAD = ("North Korean workers at the site have not been paid for months and their passports are held by a "
        "minder, three workers told our reporter. ")


@pytest.mark.parametrize(
    "phrase",
    [
        "The developer, Tundrastroi",
        "the subcontractor, Baltmontazh",
        "Amurstal-Vostok, the general contractor",
        "Nordline, the subcontractor",
        "Kazan Fasad Group, a property developer",
        "Sahel-Keram, the manufacturer",
    ],
)
def test_a_company_beside_a_company_noun_is_an_organization(phrase: str) -> None:
    assert speakers.classify(phrase) == "organization"


@pytest.mark.parametrize(
    "phrase",
    [
        "Ivan Petrov, the contractor",  # a given name: a person who contracts
        "Kim Young-soo, the subcontractor",  # a Korean personal name
        "Petrov, a builder",  # builders are often people
        "The director, Petrov",  # a role, not a company noun
        "The owner, Kang",
    ],
)
def test_people_beside_a_role_stay_people(phrase: str) -> None:
    assert speakers.classify(phrase) != "organization"


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Amurstal-Vostok, the general contractor, said it employs no foreign nationals without permits.",
         "employs no foreign nationals"),
        ("The developer, Tundrastroi, said all its subcontractors pay their workers on time.", "pay their workers"),
    ],
)
def test_the_company_speaks_its_denial_through_the_pipeline(sentence: str, part: str) -> None:
    kind, _ = claim_speaker(LEAD + sentence, part)
    assert kind == "organization"
