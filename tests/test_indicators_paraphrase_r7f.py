"""Round 7, fifth batch (knowledge/indicators.yaml, rules ``*.r7_*``): meals eaten standing in minutes, rooms
hot as an oven, hours at the machine, work until dark, working on after a missed quota; repayment demanded
before going home, taken back inside, never ashore; a first payment and then nothing, recruited for one wage
and paid another. Own sentences (fictional people, real places) with negatives from ordinary life."""

from __future__ import annotations

import pytest

from labourlens.analyse.indicators import match


def _inds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


@pytest.mark.parametrize("text", [
    "The seamstresses eat standing up in ten minutes.",
    "Lunch was fifteen minutes at the machines.",
    "In July the drying shed was hot like a sauna.",
    "The container they slept in was as cold as a freezer in January.",
])
def test_harsh_conditions(text: str) -> None:
    assert "abusive_working_and_living_conditions" in _inds(text)


@pytest.mark.parametrize("text", [
    "This soup is ready in ten minutes and needs no oven.",
    "The hotel is fifteen minutes from the beach in Sousse.",
    "On the beach in August it was hot like a sauna.",
])
def test_harsh_conditions_negative(text: str) -> None:
    assert "abusive_working_and_living_conditions" not in _inds(text)


@pytest.mark.parametrize("text", [
    "Fourteen, sixteen hours at the screen, every day of the week.",
    "The women sat twelve hours at the sewing machines.",
    "On the logging plot we stop only when it is dark.",
    "If you had not earned your share, you kept working.",
    "Brigades that fell short of the norm stayed late into the night.",
])
def test_long_hours(text: str) -> None:
    assert "excessive_overtime" in _inds(text)


@pytest.mark.parametrize("text", [
    "The cricket match stopped when the light went.",
    "The team fell short of its sales target and the manager stayed calm.",
    "The market in Gdynia closes when it gets dark.",
])
def test_long_hours_negative(text: str) -> None:
    assert "excessive_overtime" not in _inds(text)


@pytest.mark.parametrize("text", [
    "Two women asked to go home and were told they first had to repay the cost of their travel.",
    "When he wanted to quit, the agent said he must pay back the recruitment fee.",
    "The guard stopped him at the gate and took him back inside.",
    "The deckhands were on board for ten months without once setting foot on land.",
    "The workers are only allowed to buy food in the presence of a minder.",
])
def test_restriction(text: str) -> None:
    assert "restriction_of_movement" in _inds(text)


@pytest.mark.parametrize("text", [
    "The teacher stopped the pupils and brought them back inside because of the rain.",
    "The solo sailor spent 80 days at sea without setting foot on land, a record for the race.",
])
def test_restriction_negative(text: str) -> None:
    assert "restriction_of_movement" not in _inds(text)


@pytest.mark.parametrize("text", [
    "We got 15,000 rubles in March, and then nothing.",
    "The welders received one payment in May and nothing since.",
    "They were recruited for 1,500 dollars a month but have received 900 dollars since spring.",
])
def test_withheld(text: str) -> None:
    assert "withholding_of_wages" in _inds(text)


@pytest.mark.parametrize("text", [
    "The club got 3 points in September, and then nothing.",
    "She was hired for 2,000 euros a month but now gets 2,400 after a raise.",
])
def test_withheld_negative(text: str) -> None:
    assert "withholding_of_wages" not in _inds(text)


def test_recruited_for_one_wage_paid_another_is_deception() -> None:
    assert "deception" in _inds("The guards were hired for 1,800 dirhams a month but got 1,100 dirhams.")
