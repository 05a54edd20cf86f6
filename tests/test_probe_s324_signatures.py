"""Probes (study324): a signature traded for freedom, a permit or a debt by people held or without papers is an abuse of
their vulnerability ("released in exchange for a contract", "as a condition of their release", "anyone who signed
would go free that night", "once they signed, their fines would be written off"); people pressed into signing are
coerced (a threat). Near misses: workers who signed a new contract and will be paid monthly, a pressing need to sign
up volunteers, a button pressed to sign in. Sentences written for these tests."""

from __future__ import annotations

from labourlens.analyse import indicators


def _kinds(sentence: str) -> set[str]:
    return {h.indicator for h in indicators.match(sentence).hits}


def test_release_traded_for_a_contract() -> None:
    assert "abuse_of_vulnerability" in _kinds("Guards at the holding centre in Orenburg offered the men freedom in exchange for "
                                              "an army contract of twelve months.")
    assert "abuse_of_vulnerability" in _kinds("The lawyers say the construction crews are held until they sign, as a condition of "
                                              "their release.")


def test_signing_then_spared_a_penalty() -> None:
    assert "abuse_of_vulnerability" in _kinds("An officer said anyone who signed the papers would go free before midnight.")
    assert "abuse_of_vulnerability" in _kinds("They told us that once we signed, our fines would be written off.")


def test_people_pressed_into_signing() -> None:
    assert "intimidation_and_threats" in _kinds("Officers in Kazan pressed the detained men to sign enlistment papers.")
    assert "intimidation_and_threats" in _kinds("Dozens of porters were being pressed to sign army papers.")


def test_near_misses_stay_without_these_cues() -> None:
    assert "abuse_of_vulnerability" not in _kinds("Drivers who signed the new contract will be paid monthly.")
    assert "intimidation_and_threats" not in _kinds("The charity has a pressing need to sign up volunteers.")
    assert "intimidation_and_threats" not in _kinds("She pressed the green button to sign in to the portal.")
