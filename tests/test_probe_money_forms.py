"""Probe of written forms of money from translations and shorthand: "rub." and "RUR" from Russian,
the signs 元, 円 and ￥ from Chinese and Japanese text, fractions of a multiplier ("a quarter of a
million", "one and a half million"), and rates written "/mo", "/yr", "a wk". Every sentence is written
for this test; companies and people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import money
from money_helpers import DAY, money_amounts


@pytest.mark.parametrize(("text", "currency", "value", "per"), [
    ("The brigade leader kept 40,000 rub. a month from each man.", "RUB", 40000, "month"),
    ("Salary: RUR 55,000.", "RUB", 55000, None),
    ("工资 the contract gives 4500元 a month.", "CNY", 4500, "month"),
    ("The trainees in Gifu were paid 120,000円 a month.", "JPY", 120000, "month"),
    ("Workers in Dalian said they got ￥2,800 a month.", "CNY", 2800, "month"),
    ("Trainees in Osaka were paid ￥150,000 a month.", "JPY", 150000, "month"),
    ("The firm paid a quarter of a million dollars in fines.", "USD", 250000, None),
    ("The broker took one and a half million won from her.", "KRW", 1.5e6, None),
    ("Developers billed $4,000/mo through the platform.", "USD", 4000, "month"),
    ("The contract promised $18,000/yr.", "USD", 18000, "year"),
    ("Cleaners got $60 a wk.", "USD", 60, "week"),
    ("Pickers in Lincolnshire were paid 300 quid a week.", "GBP", 300, "week"),
    ("posted: we get 2500 rmb a month lol", "CNY", 2500, "month"),
    ("comment: agency took 900 usd from me", "USD", 900, None),
    ("reply: boss pays 1200 myr per month", "MYR", 1200, "month"),
])
def test_written_forms(text: str, currency: str, value: float, per: str | None) -> None:
    (a,) = money_amounts(text)
    assert (a.currency, a.value, a.per) == (currency, value, per)


@pytest.mark.parametrize("text", [
    "The rub is that nobody checked.",
    "A quarter of the workers left in two and a half years.",
    "One and a half shifts were cut.",
    "Give it a rub and a wk of rest.",
    "The deal was a quid pro quo.",
])
def test_words_that_are_no_money(text: str) -> None:
    assert money_amounts(text) == []


@pytest.mark.parametrize("text", ["rub.", "5 rub", "元", "5元5", "￥", "a quarter of a", "quarter of a million",
                                  "one and a half", "$5/mo/yr", "/mo"])
def test_shapes_never_crash(text: str) -> None:
    for a in money.find(text, DAY):
        assert a.text == text[a.start : a.end]


@pytest.mark.parametrize(("text", "currency", "value"), [
    ("Conscripts in Eritrea said they were paid 450 nakfa a month.", "ERN", 450),
    ("He paid 30,000 afghanis to a smuggler in Herat.", "AFN", 30000),
    ("Cane cutters near Santo Domingo got 350 pesos a day.", "DOP", 350),
    ("Pickers said the finca paid 1,200 quetzales a month.", "GTQ", 1200),
    ("Guards in Windhoek earned N$ 2,500 a month.", "NAD", 2500),
    ("Workers in Honduras earned 6,000 lempiras a month.", "HNL", 6000),
    ("Miners in Sierra Leone got 150,000 leones a week.", "SLE", 150000),
    ("Workers in Kazakhstan were paid 180,000 Kazakh tenge.", "KZT", 180000),
    ("In Penang the glove maker paid 1,500 Malaysian ringgit.", "MYR", 1500),
])
def test_currencies_of_more_regions(text: str, currency: str, value: float) -> None:
    (a,) = money_amounts(text)
    assert (a.currency, a.value) == (currency, value)


@pytest.mark.parametrize("text", [
    "The Panel's report S/2024/215 covers the shipyard.",  # a UN document number, not soles
    "The Cordoba plant hired 300 people.",
    "A Leone fan club met in 2019.",
])
def test_not_money_in_other_regions(text: str) -> None:
    assert money_amounts(text) == []


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("Translated from Polish: the welders were paid 8,50 euro per hour.", 8.5, "EUR"),
    ("The agency in Gdansk kept 1,5 million zloty in fees.", 1.5e6, "PLN"),
    ("A meal in the canteen cost 12,50 zł.", 12.5, "PLN"),
    ("Pickers were paid €4,75 an hour.", 4.75, "EUR"),
])
def test_decimal_comma(text: str, value: float, currency: str) -> None:
    (a,) = money_amounts(text)
    assert (a.value, a.currency) == (pytest.approx(value), currency)


@pytest.mark.parametrize(("text", "expected"), [
    ("See pages 10,11 of the report.", []),
    ("They paid 1,500 euros and 2,000 zloty.", [1500, 2000]),
    ("The broker took 12,50,000 rupees.", [1250000]),
])
def test_decimal_comma_leaves_other_numbers(text: str, expected: list[float]) -> None:
    assert [a.value for a in money_amounts(text)] == expected
