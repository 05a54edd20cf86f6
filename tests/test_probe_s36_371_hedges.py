"""Hedges (a study of s36 on a held-out set; every text here is written for this test, with fictional firms and
people): a belief told in a relative clause ("a phone line that she believes is tapped") hedges the claim. Near misses
stay unhedged: the same account told as a fact, and a plain seizure. (What an authority acted on "on suspicion that"
stays unhedged: gold sets read a police search on suspicion as unhedged.)"""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

LEAD = ("RIGA - Labour inspectors are examining reports of forced labour, unpaid wages and passports held by "
        "employers among migrant workers at the Ternek depot.\n\n")


def _hedged(sentence: str) -> list[bool]:
    a = analyse(LEAD + sentence, {})
    return [c.hedged for c in a.claims if c.start >= len(LEAD)]


@pytest.mark.parametrize("sentence", [
    "Ilze Ozola said her son calls once a week from a hostel phone that she believes is recorded by the agency.",
])
def test_hedged(sentence: str) -> None:
    hedged = _hedged(sentence)
    assert hedged and all(hedged), hedged


@pytest.mark.parametrize("sentence", [
    "Ilze Ozola said her son calls once a week from a hostel phone and that the agency records every call.",
    "Port officers seized the timber, which was cut by forced labour at a camp in Karelia, the ministry said.",
])
def test_unhedged(sentence: str) -> None:
    hedged = _hedged(sentence)
    assert hedged and not any(hedged), hedged
