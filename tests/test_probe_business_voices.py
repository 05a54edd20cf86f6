"""Probes: a role a business holds, given as a business in apposition ("The plant's owner, a Jilin-based company
called Baiyun Marine Foods"), is the business speaking; a refusal to accept what others said, told in the past ("The
importer did not accept that ..."), is a rejection. Texts written for these tests; firms and people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify
from probe_helpers import META

LEAD = ("Migrant workers at the Qingfeng plant in Jiangsu told researchers that their passports were taken on arrival "
        "and that they were locked in at night.\n\n")


@pytest.mark.parametrize("phrase", [
    "The plant's owner, a Jilin-based company called Baiyun Marine Foods",
    "The owner, a Jilin-based firm named Baiyun Marine Foods",
    "Its buyer, a German retailer called Holm",
    "The vessel's operator, a Busan fishing company",
])
def test_a_business_in_apposition_to_a_role_is_an_organization(phrase: str) -> None:
    assert classify(phrase) == "organization"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("The owner, a retired teacher", "anonymous_source"),
    ("The recruiter, a man named Ali", "named_person"),
])
def test_a_person_in_apposition_stays_a_person(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


def test_a_refusal_to_accept_told_in_the_past_is_a_rejection() -> None:
    text = LEAD + "The importer, Redmoor Solar, did not accept that forced labour was used in making the panels."
    a = analyse(text, META)
    claim = next(c for c in a.claims if c.text.startswith("The importer"))
    source = a.source(claim.source)
    assert source is not None and source.kind == "organization"
    assert (claim.cue, claim.polarity) == ("reject", "negated")


def test_a_stance_in_the_present_inside_an_answer_keeps_the_answerer() -> None:
    text = ("Labour minister Ruth Adongo answered questions from members on Tuesday about migrant domestic workers "
            "whose employers kept their passports.\n\n"
            'Ms Adongo said: "Our embassy received 900 calls from domestic workers last year. My ministry does not '
            'accept that licensed agencies charge workers fees."')
    a = analyse(text, META)
    claim = next(c for c in a.claims if c.text.startswith("My ministry"))
    source = a.source(claim.source)
    assert source is not None and "Adongo" in source.wording
