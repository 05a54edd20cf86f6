"""Audiences of compliance and field work ("told the auditors", "told the audit team separately",
"told relatives") make a "told ... that" attribution like "told reporters"; surnames with an apostrophe
or a Mc/Mac prefix ("D'Souza", "McCarthy", "MacLeod") are names. People are invented for the tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("sentence, wording", [
    ("Two sisters told the auditors that their monthly pay was never handed to them.", "Two sisters"),
    ("A cutter told auditors that the exit door was chained during shifts.", "A cutter"),
    ("Two sisters told the audit team that their monthly pay was never handed to them.", "Two sisters"),
    ("A former line supervisor at the plant told the auditors separately that the workers were bussed in.",
     "A former line supervisor at the plant"),
    ("The men told relatives that they had not been paid since March.", "The men"),
    ("One welder told the delegation that his passport was held by the foreman.", "One welder"),
    ("A cook told the buyer's assessors that the kitchen staff slept in the storeroom.", "A cook"),
])
def test_compliance_and_field_audiences(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording and m.cue == "told"


@pytest.mark.parametrize("name", ["D'Souza", "O'Neill", "McCarthy", "MacLeod", "Mr. McCarthy", "Dr. MacLeod"])
def test_apostrophe_and_mc_surnames_are_named_people(name: str) -> None:
    assert classify(name) == "named_person"


@pytest.mark.parametrize("sentence, wording", [
    ("D'Souza said the men had been brought in on visas issued to a labour supplier.", "D'Souza"),
    ("McCarthy told reporters that the crew had not been paid for four months.", "McCarthy"),
])
def test_such_surnames_speak(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize("sentence, wording", [
    ("A cook told the inspection team that the kitchen staff slept in the storeroom.", "A cook"),
    ("A welder told a visiting trade union delegation that his pay was held back.", "A welder"),
    ("The cook later told a local priest that the staff slept in the storeroom.", "The cook"),
    ("A seamstress told the labour attache that her passport had been taken.", "A seamstress"),
])
def test_any_short_object_of_told_before_that_is_an_audience(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


def test_telling_the_workers_is_no_audience_of_a_report() -> None:
    assert find_mention("The agency told the women that their visas were ready.") is None
