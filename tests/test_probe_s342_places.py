"""Probes (s342): places of seasonal and seafood work below GeoNames' threshold: Tongan and ni-Vanuatu home towns of
the Pacific schemes, New Zealand and Australian fruit towns, Nova Scotia's fishing towns (read as Canadian beside the
province), Alaska's processing ports and its island chain, and a Honduran department capital that GeoNames files
under a longer name. Near misses: a Massachusetts Yarmouth stays American. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


def _found(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in places.find(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("The pickers flew home from Auckland to Neiafu, Tonga, in May.", ("Neiafu", "TO")),
    ("Kiwifruit packhouses around Te Puke, New Zealand, hired 400 workers.", ("Te Puke", "NZ")),
    ("Table grapes grow near Red Cliffs, south of Mildura.", ("Red Cliffs", "AU")),
    ("The scallop plant in Lunenburg, Nova Scotia, hired 30 workers from Mexico.", ("Lunenburg", "CA")),
    ("Crab plants in Yarmouth and Digby, Nova Scotia, run two shifts.", ("Yarmouth", "CA")),
    ("A floating processor anchored off Dutch Harbor in the Aleutian Islands.", ("Dutch Harbor", "US")),
    ("A floating processor anchored off Dutch Harbor in the Aleutian Islands.", ("Aleutian Islands", "US")),
    ("A boy from Choluteca, Honduras, worked nights at the plant.", ("Choluteca", "HN")),
])
def test_small_towns_of_seasonal_and_seafood_work(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


def test_a_yarmouth_in_massachusetts_stays_american() -> None:
    assert ("Yarmouth", "US") in _found("A scallop boat docked in Yarmouth, Massachusetts, last week.")
