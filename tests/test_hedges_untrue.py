"""Hedges and denials added late: denials worded as "it is not true that ..." or "the claims ... are false" (knowledge/hedges.yaml):
the claim is negated and carries no indicator. Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import denial_cue, find_hedges

DENIALS = [
    "It is not true that the welders work 16 hours a day, the director said.",
    "It's simply untrue that anyone's passport was kept, the agency said.",
    "Claims that the cooks were beaten are simply not true.",
    "The reports about the logging camp were false, the ministry said.",
    "Allegations of unpaid wages at the yard are fabrications, the firm said.",
]
NOT_DENIALS = [
    "It is true that the welders work 16 hours a day.",
    "The cooks said the claims were accurate.",
    "It is not clear how many welders remain at the yard.",
]


@pytest.mark.parametrize("text", DENIALS)
def test_untrue_is_a_denial(text: str) -> None:
    assert denial_cue(text) is not None


@pytest.mark.parametrize("text", NOT_DENIALS)
def test_no_denial(text: str) -> None:
    assert denial_cue(text) is None


@pytest.mark.parametrize("text", [
    "It seems the crews were never paid.",
    "It seemed that the welders were moved at night.",
    "The cooks were never paid, it would seem.",
])
def test_it_seems_is_a_hedge(text: str) -> None:
    assert find_hedges(text)
