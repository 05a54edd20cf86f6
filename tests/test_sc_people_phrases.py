"""People misread for a word around them (labourlens.analyse.people_phrases). All wordings are our own."""

from __future__ import annotations

import pytest

from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "a group of Malian and Guinean workers",
    "A small group of Nepali welders",
    "a handful of Uzbek labourers",
    "Workers at a quarry in Kilwa District, Lindi Region, run by a foreign-owned firm",
    "Loggers at a camp near Tynda, Amur Oblast",
    "Residents of a village in Khasan District, Primorsky Krai",
])
def test_people_and_groups_of_people_are_anonymous(phrase: str) -> None:
    assert classify(phrase) == "anonymous_source"


@pytest.mark.parametrize("phrase", [
    "Labour researcher Ana Petric of the group SafeSites",
    "Campaigner Omar Diallo from the network WorkFair",
    "Omar Diallo of the group WorkFair",
    "Ivan Petrov, Kirov Oblast",
])
def test_named_people_stay_named(phrase: str) -> None:
    assert classify(phrase) == "named_person"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("The Group of Seven", "organization"),  # a body's name, not a group of people
    ("the Ministry of Labour, Tver Region", "official"),
    ("a group of NGOs", "organization"),
])
def test_bodies_keep_their_kind(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind
