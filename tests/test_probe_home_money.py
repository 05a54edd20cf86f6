"""Probe of money written as what a sum is worth at home (HM): an appositive conversion into a third
currency ("1,000 riyals a month, about 34,000 Kenyan shillings") is an amount of its own, while a dollar
conversion and a bracketed equivalent stay attached; the rupee, only ever home money in reports on South
Asian workers abroad, takes its country from where the worker comes from. Every sentence is written for
this test; companies and people are fictional."""

from __future__ import annotations

import pytest

from money_helpers import money_amounts, one_amount

# (text, the appositive amount, its currency, its value)
APPOSITIVE = [
    ("The advert promised 1,200 riyals a month, about 30,000 Kenyan shillings, and a room.", "30,000 Kenyan shillings",
     "KES", 30000),
    ("Payroll shows 9,000 kwacha a month, roughly 2,600 yuan at the rate of that year.", "2,600 yuan", "CNY", 2600),
    ("Her pay of 300 dinars, or about 55,000 pesos, never arrived.", "55,000 pesos", "PHP", 55000),
    ("He was quoted 2,000 dirhams — around 45,000 Indian rupees — before he flew.", "45,000 Indian rupees", "INR", 45000),
]


@pytest.mark.parametrize(("text", "span", "currency", "value"), APPOSITIVE)
def test_appositive_third_currency_is_its_own_amount(text: str, span: str, currency: str, value: float) -> None:
    a = one_amount(text, span)
    assert (a.text, a.currency, a.value) == (span, currency, value)
    assert len(money_amounts(text)) == 2


# negative controls: a dollar conversion and a bracketed equivalent are no amount of their own
ATTACHED = [
    ("The advert promised 1,200 riyals a month, about $320, and a room.", "1,200 riyals", 320.0),
    ("Her pay was 300 dinars (about 55,000 pesos) on paper.", "300 dinars", None),
    ("Welders in Gdynia got 3,000 zloty (roughly €700) a month.", "3,000 zloty", None),
]


@pytest.mark.parametrize(("text", "span", "usd"), ATTACHED)
def test_dollar_or_bracketed_conversion_stays_attached(text: str, span: str, usd: float | None) -> None:
    amounts = money_amounts(text)
    assert [a.text for a in amounts] == [span]
    assert amounts[0].stated_usd == usd


# (text, the rupee amount, its currency)
RUPEES = [
    # the worker's home town, though named as where he comes from, tells the rupee
    ("The couriers come from India and Pakistan.\n\n\"I send home 15,000 rupees,\" said Vinod, a courier from Thrissur.",
     "15,000 rupees", "INR"),
    ("The guards come from India and Nepal.\n\nOne, from Chitwan, said he had borrowed 90,000 rupees for the visa.",
     "90,000 rupees", "NPR"),
    ("A welder from Lahore said he still owed 200,000 rupees to the agent.", "200,000 rupees", "PKR"),
    # the origin in the amount's own sentence wins over one in the next sentence
    ("One cutter, from Jhapa in Nepal, still owed 140,000 rupees. The other, from Kerala, had repaid his loan.",
     "140,000 rupees", "NPR"),
    ("One cutter, from Kerala, still owed 140,000 rupees. The other, from Jhapa in Nepal, had repaid his loan.",
     "140,000 rupees", "INR"),
]


@pytest.mark.parametrize(("text", "span", "currency"), RUPEES)
def test_rupees_take_the_workers_home_country(text: str, span: str, currency: str) -> None:
    assert one_amount(text, span).currency == currency


def test_origin_still_passed_over_for_money_paid_where_they_work() -> None:
    # negative control: CFA francs are paid where the men work, not where they come from
    text = "Builders from Cameroon worked in Bata, Equatorial Guinea, for 90,000 CFA francs a month."
    assert one_amount(text, "90,000 CFA francs").currency == "XAF"
    text = "Masons from Senegal said the Malabo site paid them 60,000 CFA francs a month."
    assert one_amount(text, "60,000 CFA francs").currency == "XAF"
