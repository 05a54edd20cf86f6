"""Probe (s397): a Burmese man's name with its word of respect "U" in front ("U Tin Maung", a monk's "Sayadaw U
Wara") is a named person, with or without an apposition after it; acronyms and bodies stay as they were. Names and
phrases invented for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import speakers


@pytest.mark.parametrize("phrase", [
    "U Tin Maung",
    "U Aung Zaw, 44, a rice farmer from the village",
    "Sayadaw U Wara",
    "The abbot of the monastery, Sayadaw U Wara",
    "U Sein",
])
def test_burmese_named_person(phrase: str) -> None:
    assert speakers.classify(phrase) == "named_person"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("UNICEF", "organization"),
    ("the state news agency", "organization"),
    ("Daw Hla Hla, a teacher", "named_person"),
])
def test_others_unchanged(phrase: str, kind: str | None) -> None:
    assert speakers.classify(phrase) == kind
