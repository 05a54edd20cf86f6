"""Probes (session 36, from heldout376's study): money for a work permit or a registration taken from the workers
by their employer's side ("the brigade deducted 5,500 a month from each of them for the patent", "collected permit money from 80
workers") is
withholding of wages; workers paying their own permit, or a foreman taking workers to register, is not. Texts written
for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_LEAD = "MOSCOW - Police raided a warehouse where migrant workers said they were not paid. "


def _indicators(sentence: str) -> set[str]:
    a = analyse(_LEAD + sentence, {})
    return {h.indicator for c in a.claims if c.start >= len(_LEAD) for h in c.indicators}


def test_permit_money_taken_from_the_workers_is_withheld_pay() -> None:
    assert "withholding_of_wages" in _indicators(
        '"The brigade deducted 5,500 a month from each of them for the patent," said Timur, a loader.')
    assert "withholding_of_wages" in _indicators(
        "A lawyer said the firm had collected permit money from at least 80 workers since May.")


def test_workers_paying_their_own_permit_or_going_to_register_is_not() -> None:
    assert "withholding_of_wages" not in _indicators(
        "The foreman took 40 workers to the office for registration, Timur said.")
    assert "withholding_of_wages" not in _indicators(
        "Workers said they paid 6,000 rubles a month for the permit themselves, Timur said.")
