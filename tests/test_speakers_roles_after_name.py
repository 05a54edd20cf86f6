"""Roles given after a name decide the kind: the head of a state body or a place's office holder speaks
for the state; the head of a group, or a role with no state in it, leaves a named person; a broadcaster
as the audience of "told" (phrases written for these tests)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "Olsen, who heads the regional labour inspectorate",
    "Maria Dahl, who leads the county migration office",
    "Rustam Karimov, the mayor of Nakhodka",
    "Anna Lind, the governor of Amur Oblast",
    "Ivan Orlov, the deputy mayor of Vladivostok",
])
def test_state_roles_after_the_name(phrase: str) -> None:
    assert classify(phrase) == "official"


@pytest.mark.parametrize("phrase", [
    "Kim, who heads the Seoul office of Human Rights Watch",
    "Olsen, who heads the Fishermen's Union",
    "Ivan Orlov, a professor of law",
    "Li Wei, who manages the night shift",
])
def test_roles_without_the_state_stay_a_person(phrase: str) -> None:
    assert classify(phrase) != "official"


@pytest.mark.parametrize("sentence, speaker", [
    ("Governor Oleg Panin told local television that the crews had been sent home.", "Governor Oleg Panin"),
    ("The district governor told state TV on Monday that no foreigners worked at the mine.", "The district governor"),
    ("A prosecutor told local reporters the agency had kept the passports.", "A prosecutor"),
])
def test_a_broadcaster_as_the_audience(sentence: str, speaker: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == speaker
