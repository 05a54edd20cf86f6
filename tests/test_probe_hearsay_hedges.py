"""Hearsay told as such is a hedge: what a speaker only heard from others ("I heard that ...", "we heard she was ...",
"he had heard the men were ...", "I am told that ...", ", I heard, ..."), not what he heard with his own ears ("we heard
him shouting") nor "what we heard" or "we heard nothing" (knowledge hedges.yaml). Sentences written for this test;
people and places are invented."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import find_hedges
from labourlens.analyse.pipeline import analyse


@pytest.mark.parametrize("text", [
    "I heard that the welders who complained were moved to a quarry in the north.",
    "We heard she was sent back to Sinuiju after the second escape.",
    "He had heard the cooks were paid nothing for the last three months.",
    "She said she had heard that the brokers kept the girls' passports in a safe.",
    "Back in the village, I heard, their families were made to repay the advance.",
    "I am told that the night shift now runs until four in the morning.",
])
def test_hearsay_is_hedged(text: str) -> None:
    assert find_hedges(text)


@pytest.mark.parametrize("text", [
    "We heard him shouting through the dormitory wall.",
    "What we heard from the drivers was the same story every time.",
    "Since the spring we have heard nothing from our son.",
    "I heard accounts of beatings from four of the men.",
    "The supervisor told us our pay would come once the season was over.",
])
def test_heard_with_ones_own_ears_is_no_hedge(text: str) -> None:
    assert not find_hedges(text)


def test_claim_from_hearsay_is_hedged() -> None:
    text = ('"They took our phones on the first day," said Min-ho, a former plasterer. "I heard that the men who asked '
            'for their wages were sent home within a week."\n')
    a = analyse(text, {"published": "2026-04-02", "language": "en"})
    heard = [c for c in a.claims if "sent home" in c.text]
    assert heard and heard[0].hedged
    assert not [c for c in a.claims if "phones" in c.text][0].hedged
