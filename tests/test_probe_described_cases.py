"""A hotline's anonymised cases told apart by their description lines ("Case 2-014 — Filipino woman, 29, Dubai."), a
named official whose role is a field of work at a state body ("a deputy head of labour policy at the interior
ministry"), and identity papers destroyed by whoever holds them (probe study-291). Every text is written for this
test; people, the hotline and its figures are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2026-07-20", "language": "en"}

SUMMARY = """HARBOURLINE MIGRANT HELPDESK
HALF-YEAR SUMMARY: JANUARY-JUNE 2026

1. Overview

Between January and June the helpdesk received 612 calls from migrant workers in the Gulf and their families. Unpaid
wages were raised in 204 calls and passports held by employers in 150 calls.

Calls from Kuwait reportedly went up once a group of drivers passed the helpdesk number around a depot in March.

2. Selected cases (anonymised)

Case 2-014 — Filipino woman, 29, Dubai. She said her employer keeps her passport in a safe and has not paid her for
three months. She still owes a lender in Manila for the placement fee.

Case 2-027 — Nepali man, 41, Kuwait. He said the company took his residence card when he asked for his wages. He has
not been paid since April.
"""


def _source(a, needle):
    c = next(c for c in a.claims if needle in c.text)
    return a.source(c.source)


def test_described_cases_speak_as_their_description() -> None:
    a = analyse(SUMMARY, META)
    first = _source(a, "keeps her passport in a safe")
    # (s45) worded by its description, after the case's number ("Case 2-014 — Filipino woman, 29")
    assert first is not None and "Filipino woman, 29" in (first.wording or "") and first.kind == "anonymous_source"
    assert _source(a, "owes a lender in Manila").key == first.key
    second = _source(a, "took his residence card")
    assert second is not None and "Nepali man, 41" in (second.wording or "") and second.key != first.key
    assert _source(a, "not been paid since April").key == second.key


def test_description_line_is_no_claim() -> None:
    a = analyse(SUMMARY, META)
    assert not any(c.text.startswith("Case 2-0") for c in a.claims)


@pytest.mark.parametrize("phrase", [
    "Rustam Nazarov, a deputy head of labour policy at Uzbekistan's interior ministry",
    "Leila Omarova, head of labour mobility policy at the interior ministry",
])
def test_a_field_at_a_state_body_is_an_official(phrase: str) -> None:
    assert classify(phrase) == "official"


def test_a_field_at_a_firm_is_not_an_official() -> None:
    assert classify("Leila Omarova, head of sales at Baltic Foods Ltd") != "official"


@pytest.mark.parametrize("sentence", [
    "He was held for a night and his residence card was ripped up by a guard.",
    "The supervisor tore up their passports in front of the crew.",
])
def test_destroyed_papers_are_kept_from_the_worker(sentence: str) -> None:
    assert any(h.indicator == "retention_of_identity_documents" for h in indicators.match(sentence, 0).hits)


def test_papers_lost_to_a_fire_are_not() -> None:
    hits = indicators.match("Their passports were torn up and burned in the fire that hit the office.", 0).hits
    assert not any(h.indicator == "retention_of_identity_documents" for h in hits)
