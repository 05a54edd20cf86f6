"""A bare number set against an amount just given ("she pays me 100 dollars, not the 250 we agreed"; "paid 900
riyals, not 1,200 as promised") is money in the same currency; a bare number followed by a noun it counts
("not 250 workers") or a period of time is not. Every sentence is written for this test; people and firms are
fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.money import find


def _amounts(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(a.text, a.currency, a.value) for a in find(text, None) if a.kind == "money"]


@pytest.mark.parametrize("text,echo", [
    ("Since the crisis she pays me 150 dollars, not the 300 we agreed, and keeps the rest.", ("300", "USD", 300.0)),
    ("He was paid 800 riyals in Doha, not 1,100 as promised.", ("1,100", "QAR", 1100.0)),
    ("The agency gave them 5,000 rupees, not the 9,000 they were promised.", ("9,000", "INR", 9000.0)),
])
def test_contrasted_bare_number_is_money(text: str, echo: tuple[str, str, float]) -> None:
    assert echo in _amounts(text)


@pytest.mark.parametrize("text", [
    "She earned 150 dollars a month, not 300 workers did.",
    "The firm paid 150 dollars a month, not the 2 years we agreed.",
])
def test_other_bare_numbers_are_not(text: str) -> None:
    assert len(_amounts(text)) == 1


def test_contract_for_a_sum_plus_commission() -> None:
    text = ('He was told the job would pay 3,000 dirhams a month. "Here they gave me a different contract for 1,900 '
            'plus commission," he said.')
    assert ("1,900", "AED", 1900.0) in _amounts(text)


def test_contract_for_workers_is_no_sum() -> None:
    assert _amounts("They signed a contract for 1,900 workers after paying 400 dirhams each.") == [
        ("400 dirhams", "AED", 400.0)]
