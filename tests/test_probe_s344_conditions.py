"""Probes (s344): living conditions a reader names as abusive on farms and in homes: a shelter of panels or a hut set
up inside a greenhouse or an animal shed, the nearest toilet a portable or outdoor one, a worker fed only rice or
noodles, a worker sleeping on a mat or a kitchen floor. A bank passbook held by the employer is the pay's control,
no identity paper. Near misses: crops grown in greenhouses, a subsidy of rice, a child's nap on a mat and a passport
held stay as they were. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators

_ABUSIVE = "abusive_working_and_living_conditions"


@pytest.mark.parametrize("text", [
    "The six pickers have spent the winter in a hut of foam panels inside a vinyl greenhouse at the edge of Icheon.",
    "Her nearest toilet is an outdoor pit across the yard.",
    "The nanny said she only got plain rice and leftovers for most of the year.",
    "At night the cook sleeps on a thin mat beside the washing machine.",
])
def test_living_conditions(text: str) -> None:
    assert _ABUSIVE in {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text", [
    "The growers raise tomatoes and lettuce inside vinyl greenhouses near Icheon.",
    "Rice farmers get only rice subsidies from the district this year.",
    "The toddler sleeps on a mat after lunch.",
])
def test_near_misses_stay_quiet(text: str) -> None:
    assert _ABUSIVE not in {h.indicator for h in indicators.match(text).hits}


def test_bank_passbooks_are_no_identity_papers() -> None:
    hits = {h.indicator for h in indicators.match("The owner kept the trainees' bank passbooks in a drawer of his desk.").hits}
    assert "retention_of_identity_documents" not in hits
    held = {h.indicator for h in indicators.match("The owner kept the trainees' passports in a drawer of his desk.").hits}
    assert "retention_of_identity_documents" in held
