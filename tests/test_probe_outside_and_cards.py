"""Workers "allowed outside only to buy food, in pairs" are restricted in their movement; a migration card or a work
patent is an identity paper like a passport ("Without their migration cards the men cannot leave the city").
Controls: visitors' hours and a card renewal rule carry no indicator. Every text is written for this test."""

from __future__ import annotations

import pytest

from probe_helpers import indicators


@pytest.mark.parametrize("sentence", [
    "The women said they were allowed outside only to buy food, in pairs.",
    "The workers were allowed outside only in groups, under escort.",
    "Without their migration cards the men cannot leave the city.",
    "Without their work patents the builders could not travel home.",
])
def test_restriction_of_movement(sentence: str) -> None:
    assert "restriction_of_movement" in indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Visitors are allowed outside only until ten in the evening.",
    "Workers must renew their migration cards every year at the migration office.",
])
def test_controls(sentence: str) -> None:
    assert not indicators(sentence)
