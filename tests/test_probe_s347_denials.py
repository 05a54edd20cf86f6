"""Probes (s347): the lawful opposite said by an accused side or a satisfied worker is a denial (never stopped from
leaving, no complaint about a sponsor, not made to do anything, self-employed people who chose to sleep on site).
Near misses: a worker who is not free, who was stopped, who has a complaint, who was told to call himself
self-employed, stays affirmed. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import hedges


@pytest.mark.parametrize("text", [
    "A spokesman said the drivers had never been prevented from leaving.",
    "He says he has no complaint about his sponsor.",
    'The lawyer said the boys were "not made to do anything".',
    'The firm said the fitters were "self-employed tradesmen who chose to sleep on site".',
])
def test_lawful_opposites_are_denials(text: str) -> None:
    assert hedges.is_denial(text)


@pytest.mark.parametrize("text", [
    "The pickers said they were never free to walk anywhere alone.",
    "He said the manager stopped him from leaving twice.",
    "She has a complaint about her sponsor that nobody will hear.",
    "We were told to register as self-employed or lose the job.",
])
def test_near_misses_are_no_denials(text: str) -> None:
    assert not hedges.is_denial(text)
