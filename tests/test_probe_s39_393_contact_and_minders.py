"""Probes (session 39, from heldout393's indicator misses): a worker's texts or calls home that stopped ("her son's
calls stopped in May") and a voice not heard since ("we haven't heard her voice since spring"), and calls home made on
speaker, are ``isolation``; interviews overseen by the management or a minder ("a supervisor sat in on the
interviews", "a party official sat in on our talks with the crew") are ``intimidation_and_threats``. Near
misses: calls cut by a storm, a voice not heard from a man in hiding, a board meeting with a manager sitting in, and an interpreter in the room stay without an indicator.
Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

_LEAD = "Workers at a fish plant in Hull said their passports were taken by the agency.\n\n"


def _indicators(sentence: str) -> set[str]:
    analysis = analyse(_LEAD + sentence + "\n", {})
    return {h.indicator for c in analysis.claims if c.text[:20] in sentence for h in c.indicators}


@pytest.mark.parametrize("sentence", [
    "Marta told us that her son's texts stopped in May.",
    "Her daughter's calls stopped after two weeks at the plant.",
    "We haven't heard her voice since spring.",
    "Each Friday Olek could ring his mother from the foreman's mobile, on speaker.",
])
def test_contact_that_stopped_is_isolation(sentence: str) -> None:
    assert "isolation" in _indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "The audit team said a supervisor sat in on the interviews with the packers.",
    "A party official sat in on our talks with the crew.",
])
def test_overseen_interviews_are_intimidation(sentence: str) -> None:
    assert "intimidation_and_threats" in _indicators(sentence)


@pytest.mark.parametrize("sentence", [
    "Her son's texts stopped when the network went down in the storm.",
    "The manager sat in on the board meeting in March.",
    "We talked to the packers with an interpreter present.",
    "The host put the caller on speaker so the studio could hear.",
    "His wife has not heard his voice for weeks because he is hiding from the police.",
])
def test_near_misses_stay_without_these_indicators(sentence: str) -> None:
    assert not _indicators(sentence) & {"isolation", "intimidation_and_threats"}
