"""Probes for the indicator wordings studied on heldout239 (branch diag239): a threat aimed at a worker's kin,
leaving early priced as the loss of all pay, a complaint answered by being sent off unpaid, workers kept at a
workplace for a stretch of time, a worker who owes the boss for his fare (a debt, not pay kept back), and a
manager's denial that anyone works without a contract. Each has controls where the rule must not fire."""

from __future__ import annotations

import pytest

from labourlens.analyse import cue_readings, indicators


def kinds(text: str) -> set[str]:
    hits = indicators.match(text, 0).hits
    return {h.indicator for h in cue_readings.reread(text, hits)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The agent told the maids to keep quiet, otherwise he would visit their parents in Cebu.",
         "intimidation_and_threats"),
        ("Pay back the loan by Friday or they will go after your brothers, the broker wrote.",
         "intimidation_and_threats"),
        ("Any cane cutter who walks away before the harvest ends will forfeit his wages, the contract says.",
         "intimidation_and_threats"),
        ("Those who quit early will lose all their pay, the welders in Gdansk explained.", "intimidation_and_threats"),
        ("Whenever a cleaner protests she is told to pack up and leave without her salary.",
         "intimidation_and_threats"),
        ("The deckhands say they were held on the vessel for eleven months.", "restriction_of_movement"),
        ("The women were kept at the plantation for half a year, Ramon said.", "restriction_of_movement"),
        ("Two of the bricklayers still owed the recruiter for their plane tickets.", "debt_bondage"),
        ("The cooks from Nepal owed him money for their visas, so they stayed.", "debt_bondage"),
    ],
)
def test_fires(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Call your mother tonight, or she will worry, the nurse told him.", "intimidation_and_threats"),
        ("The team will visit your family home next week to explain the scheme.", "intimidation_and_threats"),
        ("Staff who leave the company keep every cent they earned, the HR head said.", "intimidation_and_threats"),
        ("The suspects were held at the warehouse for questioning by the police.", "restriction_of_movement"),
        ("The farm was kept in good repair for decades.", "restriction_of_movement"),
        ("A spokesman for the mill said no one has ever been hired there without a contract.", "deception"),
    ],
)
def test_quiet(text: str, kind: str) -> None:
    assert kind not in kinds(text)


def test_boss_owing_the_worker_is_still_pay() -> None:
    assert "withholding_of_wages" in kinds("The foreman owed them four months' wages when the season ended.")


def test_owing_for_fare_stays_debt_not_pay() -> None:
    found = kinds("They still owed him for the bus fare from Almaty.")
    assert "debt_bondage" in found
    assert "withholding_of_wages" not in found


def test_missing_contract_still_deception() -> None:
    assert "deception" in kinds("For two years the gardeners in Murcia worked without a contract.")
