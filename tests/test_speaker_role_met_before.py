"""A person first met outside any speaker phrase, with a role set off by a comma ("a demand to
the plant's director, Oleg Mironov"), speaks later under their surname with the kind that role
gives, and "he" goes back to them; the nearest role decides, and roles without a comma do not.
Texts written for these tests."""

from __future__ import annotations

import pytest

from attribution_helpers import claim_speaker

LEAD = ("North Korean workers at the crab plant have not been paid for months and their passports are held by "
        "a minder, three workers told our reporter. ")


@pytest.mark.parametrize(
    ("middle", "surname"),
    [
        ("The prosecutor's office has issued a formal demand to the plant's director, Oleg Mironov, and opened a case.",
         "Mironov"),
        ("Inspectors wrote to the workshop's general manager, Viktor Sedov, in March.", "Sedov"),
        ("The ministry fined the company and its managing director, Pavel Lukin, last year.", "Lukin"),
    ],
)
def test_a_company_role_met_before_gives_the_kind(middle: str, surname: str) -> None:
    text = f"{LEAD}{middle} Reached by phone, {surname} denied that the passports had been taken. " \
           "He said the wage arrears were a temporary problem caused by the bank."
    assert claim_speaker(text, "passports had been taken")[0] == "organization"
    kind, wording = claim_speaker(text, "temporary problem")
    assert kind == "organization" and wording is not None and surname in wording


@pytest.mark.parametrize(
    "middle",
    [
        "A court heard evidence from the researcher, Dr Helena Voss, last year.",  # the nearest role is a researcher
        "Union official Helena Voss, of the Harbour Workers' Front, filed a complaint.",  # no comma before the name
    ],
)
def test_a_person_met_before_stays_a_person(middle: str) -> None:
    text = f"{LEAD}{middle} Voss said the workers were not free to leave the dormitory."
    assert claim_speaker(text, "not free to leave")[0] == "named_person"
