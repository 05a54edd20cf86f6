"""Probes (s342): indicators in paraphrase. A breach fee for leaving before a term of years is debt bondage; a threat to
sue the worker's family or ruin her visa record is intimidation; a permit on which the worker cannot work for anyone
else is abuse of vulnerability. Near misses: a deposit returned to who leaves early, lawyers who will sue a company,
and workers free to change employer carry none of these. Texts written for these tests; every name is fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in indicators.match(text, 0).hits}


@pytest.mark.parametrize(("text", "kind"), [
    ("Anyone who quits within two years pays the whole amount, the agent wrote.", "debt_bondage"),
    ("Her recruiter said the firm would sue her parents in Cebu for the placement fee.", "intimidation_and_threats"),
    ("The agent said the firm would ruin his visa record if he went home early.", "intimidation_and_threats"),
    ("On that permit the pickers could not work for another employer unless the farm agreed.", "abuse_of_vulnerability"),
])
def test_paraphrased_indicators(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("A picker who leaves early gets his deposit back.", "debt_bondage"),
    ("The lawyers said the workers would sue the company.", "intimidation_and_threats"),
])
def test_near_misses(text: str, kind: str) -> None:
    assert kind not in _kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The pickers were driven to the rows squeezed on the back of a flatbed every morning.", "abusive_working_and_living_conditions"),
    ("Whenever it rained, water seeped under the door of the caravan.", "abusive_working_and_living_conditions"),
    ("Their cabin had no kitchen at all, the packers said.", "abusive_working_and_living_conditions"),
    ("Eleven packers shared one fridge in the hostel.", "abusive_working_and_living_conditions"),
    ("In May the rent went up to NZ$180 a week without warning.", "deception"),
    ("The foreman said immigration would be told about any picker who walked off.", "intimidation_and_threats"),
    ("The team leader instructed them not to report the injury.", "intimidation_and_threats"),
    ("He was told he would lose his bunk if he slept away from the hostel.", "restriction_of_movement"),
])
def test_study_342_conditions_and_threats(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The volunteers stood in the back of the hall to listen.", "abusive_working_and_living_conditions"),
    ("Every cabin has its own kitchen and a fridge.", "abusive_working_and_living_conditions"),
    ("The rent rose to A$160 after a vote of the tenants in March.", "deception"),
])
def test_study_342_near_misses(text: str, kind: str) -> None:
    assert kind not in _kinds(text)
