""""Fine" after a copula is the adjective, not a penalty: no threat read from "the landlord was fine".

Sentences written for this test (fictional people and firms)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01"}
LEAD = "Migrant workers at the Kestrel Timber yard in Khabarovsk described their conditions.\n\n"


def _rules(sentence: str) -> set[str]:
    a = analyse(LEAD + sentence, META)
    return {h.rule for c in a.claims if c.text.startswith(sentence[:20]) for h in c.indicators}


@pytest.mark.parametrize("sentence", [
    "Workers who complained about noise said the landlord was fine.",
    "Those who asked about the canteen were told the food is perfectly fine.",
])
def test_fine_as_adjective_is_no_threat(sentence: str) -> None:
    assert not {r for r in _rules(sentence) if r.startswith("FL06")}


@pytest.mark.parametrize("sentence", [
    "Anyone who complained was fined 2,000 rubles, the workers said.",
    "Workers who missed the roll call faced a fine of 500 yuan.",
    "The men said the food was fine but anyone who left the dormitory at night was fined.",
])
def test_a_fine_as_penalty_stays_a_threat(sentence: str) -> None:
    assert "FL06.if_then_punished" in _rules(sentence)
