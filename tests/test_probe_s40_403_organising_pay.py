"""Probes (session 40, from heldout403's indicator misses): a reprisal for organising (a worker dismissed or moved
after a union post or a list of demands; organisers sacked or arrested) is intimidation; an hourly rate paid in
cash is withheld pay. Near misses: a dismissal for theft, and an hourly
rate paid by bank transfer, carry no such indicator. Texts written for these tests."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_LEAD = "Workers at the Orlen Knit factory in Gazipur say they are owed wages. "


def _indicators(text: str) -> set[str]:
    return {h.indicator for c in analyse(_LEAD + text, {}).claims for h in c.indicators}


def test_reprisal_for_organising_is_intimidation() -> None:
    assert "intimidation_and_threats" in _indicators(
        "Rina Dota, a sewing operator, said she was fired three weeks after she was chosen as branch secretary of the union.")
    assert "intimidation_and_threats" in _indicators(
        "Tomas Reyes, a cutter, said he was transferred to a distant depot two days after he handed in the list of demands.")


def test_cash_hourly_rate_is_withheld_pay() -> None:
    assert "withholding_of_wages" in _indicators("Tomas Reyes, a cutter, said machinists were paid £3 an hour in cash.")


def test_near_misses_carry_no_such_indicator() -> None:
    assert "intimidation_and_threats" not in _indicators("The manager said the cutter was dismissed for theft last year.")
    found = analyse(_LEAD + "Tomas Reyes said he was paid 12 euros an hour by bank transfer.", {}).claims
    assert not any(h.rule.startswith("FL08.s403") for c in found for h in c.indicators)
