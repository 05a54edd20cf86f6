"""Bare numbers that take the currency of an amount before them, exchange-rate quotes that
are no amounts, and "from X to Y" changes read as two amounts. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


def _money(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(a.text, a.currency, a.value) for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "bare", "currency"),
    [
        ("The women were promised 150 dinars by the agency and were paid 60.", "60", "KWD"),
        ('"We were told 1,800 riyals a month. The contract they handed us says 1,000," a fitter said.', "1,000", "QAR"),
        ('The firm pays 600,000 kwanzas a month per man; the men "get an envelope, maybe 40,000."', "40,000", "AOA"),
        ("Recruiters asked for 90,000 rubles, and those who could not pay were given only 30,000, a driver said.",
         "30,000", "RUB"),
        ("Each cook was promised 4,000 yuan a month but received just 2,500, the source said.", "2,500", "CNY"),
    ],
)
def test_a_bare_number_after_a_pay_word_echoes_the_currency(text: str, bare: str, currency: str) -> None:
    found = _money(text)
    assert (bare, currency, float(bare.replace(",", ""))) in found


@pytest.mark.parametrize(
    "text",
    [
        "The agency charged 150 dinars. They paid 12 workers on time.",  # a count of workers
        "They were paid 300 yuan a month. In 2019, the plant closed.",  # a year
        "The fee was 500 dollars. The company employs 1,200.",  # no pay word
        "The contract promised 2,000 dirhams a month.\n\nA later survey was paid for by 3 donors.",  # another paragraph
        "Each man earned 800 rubles a day; the crew paid 5 for bread.",  # far too small to echo the wage
    ],
)
def test_no_echo_where_the_number_counts_something_else(text: str) -> None:
    assert all(cur is not None and text_ != "" for text_, cur, _ in _money(text))
    assert len(_money(text)) == 1


@pytest.mark.parametrize("text", ["Weather: Irkutsk +14C | USD/RUB 92.40", "Markets: EUR/USD 1.08, USD/CNY 7.21"])
def test_an_exchange_rate_quote_is_no_amount(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Market prices rose from 1,200 won to about 1,600 won per kilo.", ["1,200 won", "1,600 won"]),
        ("Permit fees will go up from 201 rials to 301 rials.", ["201 rials", "301 rials"]),
        ("Fines ranged from a few million dollars to several billion dollars.",
         ["a few million dollars", "several billion dollars"]),
    ],
)
def test_from_one_amount_to_another_is_two_amounts(text: str, parts: list[str]) -> None:
    assert [t for t, _, _ in _money(text)] == parts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The trade is worth $200 million to $500 million a year.", "$200 million to $500 million"),
        ("Pay ranged from 200 to 300 dollars.", "200 to 300 dollars"),  # a spread with one currency word: a range (a change: test_money_changes)
        ("Wages of 3,000-4,000 yuan were promised.", "3,000-4,000 yuan"),
    ],
)
def test_ranges_without_a_from_or_with_one_currency_stay_one_amount(text: str, span: str) -> None:
    assert [t for t, _, _ in _money(text)] == [span]
