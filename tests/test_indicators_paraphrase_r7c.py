"""Round 7, third batch (knowledge/indicators.yaml, rules ``*.r7_*``): "hit" with a person as its object,
locked up for days, no Saturday off, staying until the quota is met, a job believed in, and documents
taken "for renewal" and never returned. Own sentences (fictional people, real places) with negatives."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


@pytest.mark.parametrize("text", [
    "The bosun hit me twice in the first week.",
    "The security man would hit people who answered back.",
    "The foreman hit crew members with his radio when they were slow.",
    "On the trawler out of Busan the mate hit the deckhands for dropping lines.",
])
def test_hit_a_person(text: str) -> None:
    assert "physical_and_sexual_violence" in _inds(text)


@pytest.mark.parametrize("text", [
    "The crisis hit people on low incomes hardest.",
    "Then it hit me that we would never be paid.",
    "A stray shell hit people queuing for bread.",
    "The foreman never hit anyone, the welders said.",
])
def test_hit_a_person_negative(text: str) -> None:
    assert "physical_and_sexual_violence" not in _inds(text)


@pytest.mark.parametrize("text", [
    "A deckhand who refused to work was locked in a freezer for a night.",
    "The girl was shut in a storeroom for three days without food.",
    "Two men who asked to go home were locked in a cabin for days.",
])
def test_locked_up(text: str) -> None:
    assert "physical_and_sexual_violence" in _inds(text)


@pytest.mark.parametrize("text", [
    "The negotiators were locked in a room for hours before the deal was signed.",
    "The documents were kept in a cellar for days before the audit.",
])
def test_locked_up_negative(text: str) -> None:
    assert "physical_and_sexual_violence" not in _inds(text)


@pytest.mark.parametrize("text", [
    "In four years Choi never had a Saturday off.",
    "The seamstresses got no weekends off during the export season.",
    "By March the women had forgotten what a day off was.",
    "If the quota was not met, the whole brigade stayed until it was.",
    "The loggers kept working until the norm was filled, often after dark.",
])
def test_overtime_paraphrases(text: str) -> None:
    assert "excessive_overtime" in _inds(text)


@pytest.mark.parametrize("text", [
    "The sales team worked hard to meet its sales target this quarter in Vilnius.",
    "We plan to stay in Gdansk until the end of the month.",
])
def test_overtime_negative(text: str) -> None:
    assert "excessive_overtime" not in _inds(text)


@pytest.mark.parametrize("text", [
    "She had come to Dubai believing she would be working in a hotel.",
    "The women were told they would work as waitresses in a restaurant in Shenyang.",
    "He had been promised he would be employed as a translator.",
])
def test_believed_job(text: str) -> None:
    assert "deception" in _inds(text)


@pytest.mark.parametrize("text", [
    "The squad was told it would stay in a hotel near the stadium in Doha.",
    "She always thought she would work in a restaurant one day, and now she owns one in Porto.",
])
def test_believed_job_negative(text: str) -> None:
    assert "deception" not in _inds(text)


def test_collected_for_renewal_and_kept() -> None:
    text = 'The supervisor collected the men\'s residence cards "for renewal" and never returned them.'
    assert "retention_of_identity_documents" in _inds(text)
