"""A negation between a cue's words ("passports were not confiscated") or a negated subject ahead of it
("No worker has ever been beaten") says the abuse did not happen: the claim is negated and carries no
indicator, while a negation that is part of the cue ("never returned") or a "no doubt" stays evidence.
Sentences written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse import indicators
from labourlens.analyse.pipeline import analyse

META = {"published": "2024-03-01", "language": "en"}


LEDE = "About 200 North Korean workers are employed at a shipyard in Primorsky Krai, Russia. "


def _claim(text: str) -> tuple[str, set[str]]:
    claims = [c for c in analyse(LEDE + text, META).claims if c.text == text]
    assert len(claims) == 1, text
    return claims[0].polarity, {h.indicator for h in claims[0].indicators}


@pytest.mark.parametrize("text", [
    "Passports were not confiscated, the consulate insisted.",
    "No welder has ever been beaten at the yard, the manager said.",
    "Nobody at the camp has ever been beaten, the foreman said.",
])
def test_negated_abuse_is_no_evidence(text: str) -> None:
    polarity, found = _claim(text)
    assert polarity == "negated" and not found


@pytest.mark.parametrize("text, indicator", [
    ("The passports were taken and not returned.", "retention_of_identity_documents"),
    ("Workers were not paid for months.", "withholding_of_wages"),
    ("There is no doubt that the loggers were beaten.", "physical_and_sexual_violence"),
    ("No one was allowed to leave the dormitory.", "restriction_of_movement"),
])
def test_negation_that_states_abuse_stays_evidence(text: str, indicator: str) -> None:
    polarity, found = _claim(text)
    assert polarity == "affirmed" and indicator in found


@pytest.mark.parametrize("text, indicator", [
    ("A: No. The brigade leader took all our wages and said it was for the Party.", "withholding_of_wages"),
    ("A: No. The foreman kept our passports in the office safe.", "retention_of_identity_documents"),
])
def test_a_bare_no_answer_does_not_negate_the_next_sentence(text: str, indicator: str) -> None:
    polarity, found = _claim(text)
    assert polarity == "affirmed" and indicator in found


@pytest.mark.parametrize("text, found", [
    ("The foreman did not pay the seamstresses for months.", True),
    ("The foreman did not pay the women for months.", True),
    ("The contractor never paid the crew for the last voyage.", True),
    ("They did not pay attention to the men.", False),
    ("The firm refused to pay the fines for the women.", False),
])
def test_not_paying_people_named_by_who_they_are(text: str, found: bool) -> None:
    hits = {h.rule for h in indicators.match(text).hits}
    assert ("FL08.r7_did_not_pay_people" in hits) is found
