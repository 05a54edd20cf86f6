"""Indicator cues (diagnosis of a blind set, our own wording): "without once going ashore" and "at sea for
almost two years" (restriction of movement, isolation), wages sent on to a lender (debt bondage), a warning to
whoever acts with a consequence (intimidation), and "if I go home with no money" as a hypothetical, not a worker
stranded. Every text is written for this test; people and firms are fictional; places are real."""

from __future__ import annotations

from labourlens.analyse.indicators import match


def _kinds(text: str) -> set[str]:
    return {h.indicator for h in match(text).hits}


def test_never_once_ashore() -> None:
    got = _kinds("The deckhands said they had been at sea for nearly three years without once going ashore near Mauritius.")
    assert {"restriction_of_movement", "isolation"} <= got
    assert "restriction_of_movement" in _kinds("The cooks never once set foot ashore during the trip to Port Louis.")


def test_a_short_voyage_is_no_isolation() -> None:
    assert not _kinds("The ferry crew went ashore in Mombasa every evening after a short trip.")
    assert "isolation" not in _kinds("She was at sea for almost two years on a solo round-the-world record attempt.")


def test_wages_sent_to_a_lender() -> None:
    assert "debt_bondage" in _kinds("For six months she sent everything to the moneylender and kept nothing herself.")
    assert "debt_bondage" in _kinds("He gives half of his wage to the lender in Dhaka every month.")
    assert "debt_bondage" not in _kinds("She sent everything to her sister in Kandy.")


def test_warning_to_whoever_acts() -> None:
    text = "The site boss warned the welders that anyone who talked to the union would not be rehired next season."
    assert "intimidation_and_threats" in _kinds(text)
    rules = {h.rule for h in match("The coastguard warned that anyone who sails tonight could meet a storm.").hits}
    assert "FL06.warned_anyone_who" not in rules


def test_if_i_go_home_with_no_money_is_a_hypothetical() -> None:
    got = _kinds("\"If we go home now with no money, we go home with a debt,\" the welder said.")
    assert not got & {"restriction_of_movement", "withholding_of_wages", "abuse_of_vulnerability"}
    assert "withholding_of_wages" in _kinds("The porters were left with no money after the agency vanished.")


def test_warning_to_critics_is_no_threat_to_workers() -> None:
    text = "The consulate warned that those who spread such lies about the crews would be held to account."
    assert "FL06.warned_anyone_who" not in {h.rule for h in match(text).hits}
