"""Probes (session 36, from heldout373's study): a town's name that ends a Portuguese family name joined by a particle
("Ana Ribeiro dos Santos") is no place, while the town after a preposition, or a place's own name with a particle
("Serra dos Santos"), stays one; indicator cues for a padlock hung outside a sleeping place, store purchases taken
out of the pay, the amounts of what was sold written in a book, advances that can never be paid back, and no record
of the weight a worker's pay is counted on. Near misses keep what they had.
Every text is written for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators, places


def _places(text: str) -> list[str]:
    return [p.text for p in places.find(text)]


@pytest.mark.parametrize("text", [
    "The union's secretary, Marta Lopes dos Santos, said the ranch paid late.",
    "Lopes dos Santos told reporters the appeal would go ahead.",
    "The cook, Joana Vieira da Cunha, said the camp had no water.",
])
def test_a_family_name_after_a_particle_is_no_place(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("The crew was shipped from Santos to the north in March.", "Santos"),
    ("They picked coffee on farms near the Serra dos Santos and in Santos.", "Santos"),
    ("Officials of the Estado do Pará said the inspection would go on.", "Pará"),
])
def test_places_after_a_preposition_or_in_a_place_name_stay(text: str, place: str) -> None:
    assert place in _places(text)


def _hits(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text).hits}


@pytest.mark.parametrize(("text", "indicator"), [
    ("Inspectors found a tin shed with a padlock outside where six loggers slept.", "restriction_of_movement"),
    ("The shop's book shows purchases taken out of each cutter's wages.", "debt_bondage"),
    ("The foreman sold soap and boots at the site and entered the sums in a notebook.", "debt_bondage"),
    ("Loggers are still hired on loans that they could never repay.", "debt_bondage"),
    ("No picker got a receipt of the tonnage at the scale.", "withholding_of_wages"),
])
def test_indicator_cues(text: str, indicator: str) -> None:
    assert indicator in _hits(text)


@pytest.mark.parametrize(("text", "indicator"), [
    ("The fuel store has a padlock outside.", "restriction_of_movement"),
    ("The co-operative wrote the prices in a notebook for the buyers.", "debt_bondage"),
    ("Each evening the pickers got a receipt of the tonnage.", "withholding_of_wages"),
])
def test_near_misses(text: str, indicator: str) -> None:
    assert indicator not in _hits(text)
