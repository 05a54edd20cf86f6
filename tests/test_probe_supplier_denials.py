"""Denials in suppliers' and states' answers, and a report of not being paid.

An accused party's lawful opposite is a denial: "they live in our hostel by their own choice", "documents are
managed in accordance with immigration rules", "the deduction is lawful", "we strictly protect the rights of
crews"; so are "rejects the suggestion that ...", "X has never charged and will never charge any fee to any
worker", "no worker's movement is restricted in any way" and "We have not identified any instance of ...". A worker's
or a union's "reported not receiving their salaries" asserts wages withheld. Texts written for this probe:
fictional firms and people."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, lexicon_indicators


def _claim(text: str, frag: str):  # type: ignore[no-untyped-def]
    a = analyse(text, META)
    return next(c for c in a.claims if frag in c.text)


@pytest.mark.parametrize("sentence", [
    "Harbin Ocean Foods said the trainees live in its dormitory by their own choice.",
    "The smelter's operator, Orin Metal Ltd, said foreign workers' passports were managed in accordance with "
    "immigration rules.",
    "The manning agency, Blue Tide Crewing JSC, said through its director that the deposit \"is lawful under the "
    "contract and will be paid back at the end\".",
    "A spokesperson for the Ministry of Fisheries said its vessels strictly protect the rights of crew members.",
    "A Brightsun spokesperson said the company rejects the suggestion that any of its panels involve forced labour.",
    "Tanjung Estates said it has never charged and will never charge a single fee to any worker.",
    "Kestrel Gloves said no worker's movement is restricted in any way.",
])
def test_the_accused_partys_denial(sentence: str) -> None:
    c = _claim(LEAD + sentence, sentence[:20])
    assert c.polarity == "negated" and not c.indicators


def test_a_first_person_negative_finding() -> None:
    text = ("Modern Slavery Statement 2025 of Larkfield Apparel Group\n\n"
            "Our audit partner found that workers at two mills had paid recruitment fees to brokers. "
            "We have not identified any instance of withheld identity documents at our tier-one suppliers.\n")
    assert _claim(text, "withheld identity documents").polarity == "negated"


def test_a_workers_account_stays_affirmed() -> None:
    # controls: the workers' own account of the same matters
    c = _claim(LEAD + "Workers said their passports were held by the hostel warden and they could not leave.",
               "passports were held")
    assert c.polarity == "affirmed"


@pytest.mark.parametrize("sentence", [
    "Workers contacted by the union reported not receiving their salaries for three months.",
    "The cleaners complained of not being paid since March.",
])
def test_reported_not_being_paid_is_wages_withheld(sentence: str) -> None:
    assert "withholding_of_wages" in lexicon_indicators(sentence)


def test_reported_not_receiving_complaints_is_nothing() -> None:
    assert "withholding_of_wages" not in lexicon_indicators("The firm reported not receiving any complaints from staff.")


@pytest.mark.parametrize("sentence", [
    "Kestrel Gloves Sdn Bhd said the hostel curfew was a fire-safety measure agreed with workers' representatives.",
    "The plant's owner, Harbin Ocean Foods, said the passports were kept for the workers' own safety.",
])
def test_the_accused_partys_excuse(sentence: str) -> None:
    c = _claim(LEAD + sentence, sentence[:20])
    assert c.polarity == "negated" and not c.indicators


def test_a_workers_safety_word_is_no_excuse() -> None:
    # control: a worker who names the curfew still describes it
    c = _claim(LEAD + "One worker said the hostel gate was locked every night and they could not leave.", "gate was locked")
    assert c.polarity == "affirmed" and c.indicators
