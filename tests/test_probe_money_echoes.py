"""Probe of bare numbers that carry on an amount's currency: a copula and a hedge ("what I was handed
was 12,000, sometimes less"), a share of it ("maybe 20,000 of it"), a number named again as a sum
("the 80,000 figure"), and salary shorthand with "k" ("get 60-70k", "$70-80k"). Every sentence is
written for this test; companies and people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import money
from money_helpers import DAY, money_amounts


def _texts(text: str) -> list[tuple[str, str | None, float | None, float | None, float | None]]:
    return [(a.text, a.currency, a.value, a.low, a.high) for a in money_amounts(text)]


@pytest.mark.parametrize(("text", "span", "currency", "value"), [
    ('"The contract said 80,000 rubles a month," he said. "What I was handed was 12,000, sometimes less."',
     "12,000", "RUB", 12000),
    ("The agency promised 1,800 riyals. What she got was 900, often less.", "900", "QAR", 900),
    ("Pay is listed as 3,000 yuan; the real figure is about 1,000, at most.", "1,000", "CNY", 1000),
    ("The manager said the men earn 60,000 rubles on paper. They keep maybe 20,000 of it.", "20,000", "RUB", 20000),
])
def test_bare_number_with_a_copula_and_a_hedge_or_a_share(text: str, span: str, currency: str, value: float) -> None:
    hits = [a for a in money_amounts(text) if a.text == span]
    assert len(hits) == 1 and (hits[0].currency, hits[0].value) == (currency, value), _texts(text)


@pytest.mark.parametrize("text", [
    "The firm paid 40,000 rubles a month. In the town there were 12,000 workers, sometimes more.",
    "He earned 500 dollars. The hall was 30 metres long, sometimes less crowded.",
    "They paid 2,000 yuan. The queue was 2,500 people.",
    "The fee was 5,000 yuan. The crowd was 9,000, sometimes more.",
    "Each man paid 700 dollars. What the police counted was 900, at most.",
    "The broker took 9,000 rubles. He says 40 of them left.",
])
def test_counts_after_an_amount_stay_counts(text: str) -> None:
    assert len(money_amounts(text)) == 1, _texts(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The report put their pay at 85,000 rubles a month. Several builders said the 85,000 figure was invented.",
     "85,000", 85000),
    ("Inspectors found wages of 2,400 yuan, but that 2,400 sum was paid to a broker.", "2,400", 2400),
])
def test_number_named_again_as_a_sum(text: str, span: str, value: float) -> None:
    found = money_amounts(text)
    assert len(found) == 2 and found[1].text == span and found[1].value == value
    assert found[1].currency == found[0].currency


@pytest.mark.parametrize("text", [
    "The report put their pay at 85,000 rubles. The 60,000 figure for the mines is older.",  # another number
    "Pay was 300 dollars; the 300 workers figure comes from the ministry.",  # a count before the noun
    "Pay was 300 dollars and 300 people signed.",
])
def test_numbers_not_named_again(text: str) -> None:
    assert len(money_amounts(text)) == 1, _texts(text)


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Drivers say the firm pays 75,000 rubles; on other crews men get 60-70k.", "60-70k", 60000, 70000),
    ("Recruiters asked $70-80k for each contract.", "$70-80k", 70000, 80000),
    ("Developers billed $90k-120k a year.", "$90k-120k", 90000, 120000),
])
def test_k_shorthand(text: str, span: str, low: float, high: float) -> None:
    hits = [a for a in money_amounts(text) if a.text == span]
    assert len(hits) == 1 and (hits[0].low, hits[0].high) == (low, high), _texts(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Recruiters promised $15K a year.", "$15K", 15000),
    ("The platform paid the team $1.2M in 2023.", "$1.2M", 1.2e6),
    ("The firm was fined $2B.", "$2B", 2e9),
    ("Each broker took RMB 5K.", "RMB 5K", 5000),
    ("The trader laundered $3.5Bn.", "$3.5Bn", 3.5e9),
])
def test_capital_multipliers(text: str, span: str, value: float) -> None:
    (a,) = money_amounts(text)
    assert (a.text, a.value) == (span, value)


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("The scheme earned them $4-5M a year.", "$4-5M", 4e6, 5e6),
    ("Fines of €1-2m were set.", "€1-2m", 1e6, 2e6),
    ("The deal was worth $2-3bn.", "$2-3bn", 2e9, 3e9),
])
def test_dash_range_with_the_multiplier_at_the_end(text: str, span: str, low: float, high: float) -> None:
    (a,) = money_amounts(text)
    assert (a.text, a.low, a.high) == (span, low, high)


@pytest.mark.parametrize("text", [
    "The wall was 5m high.",
    "He paid $5 for K-pop tickets.",
    "The 3M plant employs 400 people.",
    "A 5K run raised money.",
])
def test_capital_letters_that_are_no_multiplier(text: str) -> None:
    assert all(a.value in (None, 5.0) for a in money_amounts(text)), _texts(text)


@pytest.mark.parametrize("text", [
    "She ran a 10k race in Seoul.",
    "The 5-10k runs were cancelled.",
    "The COVID-19 ward had 20-30k visits.",
    "The firm pays 75,000 rubles; the 5-10k runs are sponsored.",
])
def test_k_numbers_that_are_no_money(text: str) -> None:
    assert [a for a in money_amounts(text) if "k" in a.text] == [], _texts(text)


@pytest.mark.parametrize("text", ["70-80k", "k-80k", "$70k-", "-80k", "70k-80k-90k rubles", "the 95,000 figure",
                                  "was 15,000, sometimes less", "maybe 15,000 of it", "$k", "1k-"])
def test_shapes_never_crash(text: str) -> None:
    for a in money.find(text, DAY):
        assert a.text == text[a.start : a.end]
