"""Round 7, sixth batch (knowledge/indicators.yaml, rules ``*.r7_*``): injuries at work described by what
happened to the body (fingers lost, hands bleeding, a wound sewn with a sewing needle, no compensation), and
documents kept "at the office" or given back only on departure. Own sentences, with negatives."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


@pytest.mark.parametrize("text", [
    "A circular saw took two fingers from a young welder in Gdynia.",
    "The press crushed his hand in the second week.",
    "After a shift at the crab line our fingers were bleeding.",
    "The foreman stitched the cut with a sewing needle.",
    "Two loggers came home with serious injuries and received no compensation.",
])
def test_injuries(text: str) -> None:
    assert "abusive_working_and_living_conditions" in _inds(text)


@pytest.mark.parametrize("text", [
    "The striker broke the leg of a defender in the match and was sent off.",
    "Her fingers bled after hours of guitar practice.",
    "She stitched the hem of the dress with a needle and thread.",
    "The player was injured in injury time and got no compensation for the foul.",
])
def test_injuries_negative(text: str) -> None:
    assert "abusive_working_and_living_conditions" not in _inds(text)


@pytest.mark.parametrize("text", [
    "The supervisor said the passports were at the office.",
    "Their residence cards stayed in the foreman's office all winter.",
    "The women never saw them again until the day of departure, when the minder handed them out.",
    "The men got their documents back only at the airport.",
])
def test_documents_kept(text: str) -> None:
    assert "retention_of_identity_documents" in _inds(text)


@pytest.mark.parametrize("text", [
    "Her papers were at the embassy for the visa application.",
])
def test_documents_kept_negative(text: str) -> None:
    assert "retention_of_identity_documents" not in _inds(text)


def test_taking_a_thing_out_of_a_hand_is_no_injury() -> None:
    text = "The minder took the torch out of her hand and paid the shopkeeper herself."
    assert "abusive_working_and_living_conditions" not in _inds(text)


@pytest.mark.parametrize("text", [
    "The seamstresses live in the workshop and never see the street.",
    "We go down the stairs to work and up the stairs to sleep.",
    "The nurses were housed in the clinic itself, two to a bed.",
])
def test_living_at_the_workplace(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)


def test_owner_living_at_the_workshop_is_not_confined() -> None:
    assert "restriction_of_movement" not in _inds("The owner of the pottery lives in the workshop with his cat.")


@pytest.mark.parametrize("text", [
    "When the contract ends they find out they owe money instead of having saved.",
    "After three years in Kuwait the cleaners were in debt rather than having savings.",
])
def test_owe_instead_of_savings(text: str) -> None:
    assert "deception" in _inds(text)
