"""A change of pay from one figure to another names two amounts; a spread names one range."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


def _found(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None, str | None]]:
    return [(a.text, a.value, a.low, a.high, a.per, a.currency) for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The daily allowance at the Kasama site rose from 2,000 to 2,600 kwacha last spring.",
     [("2,000", 2000.0, None, None, None, "ZMW"), ("2,600 kwacha", 2600.0, None, None, None, "ZMW")]),
    ("Their wages were cut from 3,000 to 1,500 yuan a month, the workers said.",
     [("3,000", 3000.0, None, None, "month", "CNY"), ("1,500 yuan", 1500.0, None, None, "month", "CNY")]),
    ("The broker's fee has doubled since 2022, from 500 to 1,000 dollars.",
     [("500", 500.0, None, None, None, "USD"), ("1,000 dollars", 1000.0, None, None, None, "USD")]),
    ("A decree moves the floor for guards from 15,190 to 16,100 shillings a month.",
     [("15,190", 15190.0, None, None, "month", "KES"), ("16,100 shillings", 16100.0, None, None, "month", "KES")]),
    ("The deposit was raised sharply last year from 3 to 5 million won.",
     [("3", 3_000_000.0, None, None, None, "KRW"), ("5 million won", 5_000_000.0, None, None, None, "KRW")]),
    # a figure that falls is a change whatever the verb: no range runs downwards
    ("Monthly pay at the Tema yard went from 4,000 to 2,500 cedis.",
     [("4,000", 4000.0, None, None, None, "GHS"), ("2,500 cedis", 2500.0, None, None, None, "GHS")]),
])
def test_a_change_names_two_amounts(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wages at the Shenyang plant ranged from 3,000 to 4,500 yuan a month.",
     [("3,000 to 4,500 yuan", None, 3000.0, 4500.0, "month", "CNY")]),
    ("The welders will be paid from 95,000 to 115,000 rubles a month.",
     [("95,000 to 115,000 rubles", None, 95000.0, 115000.0, "month", "RUB")]),
    ("Tickets for the concert cost from 500 to 1,500 rubles.",
     [("500 to 1,500 rubles", None, 500.0, 1500.0, None, "RUB")]),
    ("Each of them is owed between 200,000 and 350,000 rubles.",
     [("200,000 and 350,000 rubles", None, 200000.0, 350000.0, None, "RUB")]),
    # a rise counted in workers, not money: nothing borrows a currency
    ("The workforce rose from 300 to 450 people, the manager said.", []),
])
def test_a_spread_stays_one_range(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _found(text) == expected


def test_both_figures_are_normalised_to_dollars() -> None:
    before, after = money.find("Her pay rose from 2,000 to 2,600 yuan a month.", "2024-05-01")
    assert before.usd is not None and after.usd is not None
    assert before.usd == pytest.approx(after.usd * 2000 / 2600, rel=1e-6)


@pytest.mark.parametrize(("text", "currency"), [
    ("Each of them is owed between 80,000 and 150,000 Kenya shillings.", "KES"),
    ("She paid 250,000 Sri Lanka rupees to the agent in Colombo.", "LKR"),
    ("Each recruit paid 120,000 Pakistan rupees.", "PKR"),
    ("The guards earn 3,000 Ghana cedis a month.", "GHS"),
    ("The fee was 400,000 Tanzania shillings.", "TZS"),
])
def test_currencies_named_by_the_country_as_the_local_press_writes_them(text: str, currency: str) -> None:
    found = money.find(text, None)
    assert [a.currency for a in found if a.kind == "money"] == [currency]
