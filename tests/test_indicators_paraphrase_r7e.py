"""Round 7, guards (knowledge/indicators.yaml): sentences that older rules read as indicators although they
describe something else: a company saying no documents are held, a rest day missing (overtime, not living
conditions), a routine move between sites, a passing mention of "forced labour", people who live and work in
a rented flat. And "rarely allowed out", a restriction. Own sentences (fictional names, real places)."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


@pytest.mark.parametrize("text", [
    "No employee's identity documents are kept by the management in Dalian.",
    "No worker's papers were held by the agency, the auditor found.",
])
def test_company_holds_no_documents_is_not_vulnerability(text: str) -> None:
    assert "abuse_of_vulnerability" not in _inds(text)


def test_no_papers_still_vulnerability() -> None:
    assert "abuse_of_vulnerability" in _inds("The women had no papers when the police came to the farm.")


@pytest.mark.parametrize("text", [
    "The contract allowed no rest days apart from the national holidays.",
    "They worked from dawn to dusk with no Sunday rest.",
])
def test_missing_rest_day_is_overtime_not_living_conditions(text: str) -> None:
    inds = _inds(text)
    assert "abusive_working_and_living_conditions" not in inds
    assert "excessive_overtime" in inds


def test_no_food_is_still_living_conditions() -> None:
    assert "abusive_working_and_living_conditions" in _inds("For three days the crew had no food at all.")


@pytest.mark.parametrize("text", [
    "The brigades are moved to another site every two years so that they make no friends.",
    "The next day the welder was moved to another site.",
])
def test_routine_move_is_not_deception(text: str) -> None:
    assert "deception" not in _inds(text)


def test_sent_to_another_job_is_still_deception() -> None:
    assert "deception" in _inds("Hired as cooks, the women were sent to a different factory to gut fish.")


@pytest.mark.parametrize("text", [
    "The ministry said there were no grounds to speak of forced labour at the plant.",
    "A complaint alleging forced labour of foreign citizens was filed in Tomsk.",
])
def test_mention_of_forced_labour_is_not_conditions(text: str) -> None:
    assert "abusive_working_and_living_conditions" not in _inds(text)


def test_live_and_work_in_a_rented_flat_is_not_conditions() -> None:
    assert "abusive_working_and_living_conditions" not in _inds(
        "Nine programmers lived and worked in a rented villa outside Vientiane.")


@pytest.mark.parametrize("text", [
    "The seamstresses are rarely allowed out.",
    "The men were hardly ever let outside the compound.",
    "Kim said they were only rarely allowed into town.",
])
def test_rarely_allowed_out(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)


def test_rarely_without_restriction() -> None:
    assert "restriction_of_movement" not in _inds("The shop is rarely open after six in Kaunas.")
