"""Probes (session 39, from heldout394's indicator misses): a crew kept at sea, told by what they never did (no foot
set on land, no port entered), is restricted in movement; workers who cannot say where their passports are have had
them retained. Near misses: a worker who knows where the passport is, a question about renewing a passport, and a
ship that enters port stay without them. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _found(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize("text", [
    "Several of the deckhands never set foot ashore in eighteen months.",
    "The trawler moves its fish to a reefer offshore, and its crews never put into any port.",
])
def test_a_crew_kept_at_sea(text: str) -> None:
    assert "restriction_of_movement" in _found(text)


@pytest.mark.parametrize("text", [
    "The cleaners could not say where their passports were.",
    "None of them knew where their passports were.",
])
def test_workers_who_cannot_say_where_their_passports_are(text: str) -> None:
    assert "retention_of_identity_documents" in _found(text)


@pytest.mark.parametrize("text", [
    "I knew where my passport was: in my own bag.",
    "They asked where they could renew their passports.",
    "The crew entered the port of Vigo on Monday to unload.",
])
def test_near_misses(text: str) -> None:
    assert not _found(text) & {"retention_of_identity_documents", "restriction_of_movement"}
