"""Probes (session 41, from heldout407's employer letters and worker posts): an employer's denials read as denials.
"They do not hold my passport" (the employer, of the workers' papers) is a denial, not papers out of reach; "we do not
report workers who leave us as absconders" has its "leave" in a relative clause, no bar on leaving. Near misses: "we
do not hold our passports", "they said we could not hold our passports" and "workers could not leave" keep their
abuse. Texts written for these tests."""

from __future__ import annotations

import pytest

from probe_helpers import LEAD, polarity_and_indicators


def _read(sentence: str) -> tuple[str, set[str]]:
    return polarity_and_indicators(LEAD + sentence, sentence[:15])


@pytest.mark.parametrize("sentence", [
    "Our employer pays each Friday, and they never hold our passports.",
    "They do not hold my passport.",
    "We do not report workers who leave us as absconders.",
])
def test_denials_are_negated(sentence: str) -> None:
    polarity, found = _read(sentence)
    assert polarity == "negated" and not found


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("We do not hold our passports; the boss has them.", "retention_of_identity_documents"),
    ("They said we could not hold our passports.", "retention_of_identity_documents"),
    ("Workers could not leave the camp.", "restriction_of_movement"),
])
def test_abuse_stays_affirmed(sentence: str, indicator: str) -> None:
    polarity, found = _read(sentence)
    assert polarity == "affirmed" and indicator in found
