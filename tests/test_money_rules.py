"""money.find: the rules added for currencies named by context, conversions after a period,
elliptical amounts, grouped thousands and vague tops. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from labourlens.analyse import money
from labourlens.model import Amount

PUB = date(2024, 5, 15)


def amounts(text: str) -> list[Amount]:
    return [a for a in money.find(text, PUB) if a.kind == "money"]


def only(text: str) -> Amount:
    found = amounts(text)
    assert len(found) == 1, [(a.text, a.currency) for a in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Masons near Saint-Louis in Senegal got 90,000 CFA francs.", "XOF"),
        ("In Abidjan the painters were paid 70,000 CFA francs.", "XOF"),
        ("A crew in Bamako, Mali, earned 85,000 FCFA a month.", "XOF"),
        ("The Douala site in Cameroon paid 95,000 CFA francs.", "XAF"),
        ("In Libreville, Gabon, the men got FCFA 120,000.", "XAF"),
        ("An Equatorial Guinea contractor in Bata paid 200,000 francs CFA.", "XAF"),
        ("No country is named: 50,000 CFA francs.", "XOF"),
    ],
)
def test_cfa_franc_west_or_central_by_context(text: str, currency: str) -> None:
    assert only(text).currency == currency


def test_context_anywhere_in_the_text_when_none_is_near() -> None:
    filler = " The men slept on mats and were driven to the site before dawn." * 12
    text = "LIBREVILLE, Gabon -" + filler + " Their pay was 110,000 CFA francs."
    assert only(text).currency == "XAF"
    text = "DOHA -" + filler + " He was promised 1,250 riyals."
    assert only(text).currency == "QAR"
    # "won" keeps its default without a context nearby: far mentions do not flip it
    text = "A market in Hyesan opened." + filler + " He paid 20,000 won."
    assert only(text).currency == "KRW"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Recruits from Nepal paid 120,000 rupees to a Kathmandu agent.", "NPR"),
        ("Agents in Lahore charged 250,000 rupees, Pakistani recruits said.", "PKR"),
        ("A Sri Lankan cook paid Rs 90,000 in Colombo.", "LKR"),
        ("Workers from Kerala, India, paid 60,000 rupees.", "INR"),
        ("Tickets in Osh, Kyrgyzstan, cost 400 som.", "KGS"),
        ("In Samarkand, Uzbekistan, a room cost 300,000 som.", "UZS"),
        ("In Muscat, Oman, the crew got 130 rials.", "OMR"),
        ("In Sohar the welders were paid 140 riyals.", "OMR"),
        ("In Manama, Bahrain, each got 110 dinars.", "BHD"),
        ("In Basra, Iraq, they earned 600,000 dinars.", "IQD"),
        ("In Manila the cooks got 18,000 pesos.", "PHP"),
    ],
)
def test_country_named_units_by_context(text: str, currency: str) -> None:
    assert only(text).currency == currency


@pytest.mark.parametrize(
    ("text", "span", "currency", "value"),
    [
        ("Builders in Nampula got 7,200 meticais.", "7,200 meticais", "MZN", 7200),
        ("A fee of MZN 4,000 was charged.", "MZN 4,000", "MZN", 4000),
        ("Guards in Addis Ababa earned 4,100 birr.", "4,100 birr", "ETB", 4100),
        ("The Lubumbashi firm paid 90,000 Congolese francs.", "90,000 Congolese francs", "CDF", 90000),
        ("The Kumasi builder paid 1,800 cedis.", "1,800 cedis", "GHS", 1800),
        ("In Plzeň the agency kept 12 000 Kč.", "12 000 Kč", "CZK", 12000),
        ("In Debrecen they got 250,000 forints.", "250,000 forints", "HUF", 250000),
        ("In Yangon the cooks earned 180,000 kyat.", "180,000 kyat", "MMK", 180000),
        ("In Dhaka each paid Tk 350,000.", "Tk 350,000", "BDT", 350000),
        ("The Surabaya yard paid Rp 2.8 million.", "Rp 2.8 million", "IDR", 2.8e6),
        ("In Lobito they got Kz 65,000.", "Kz 65,000", "AOA", 65000),
        ("They were owed 95 KD each.", "95 KD", "KWD", 95),
        ("He got 1,050 QR a month.", "1,050 QR", "QAR", 1050),
        ("The flat cost 26 000 ₽ a month.", "26 000 ₽", "RUB", 26000),
        ("It cost 3 400 zł a month.", "3 400 zł", "PLN", 3400),
        ("A meal cost 12 € in Valletta.", "12 €", "EUR", 12),
    ],
)
def test_more_currencies_and_suffix_symbols(text: str, span: str, currency: str, value: float) -> None:
    a = only(text)
    assert (a.text, a.currency) == (span, currency)
    assert a.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was owed 52 000 rubles.", 52000),
        ("They paid 1 250 000 tugriks.", 1_250_000),
        ("The fee was 2.400.000 FCFA.", 2_400_000),
        ("They each paid 150.000 CFA francs in Lomé.", 150_000),
        ("A ticket cost 1.500 euros.", 1500),
        ("A coffee in Kuwait City cost KD 1.250.", 1.25),  # fils: three decimals are decimals
        ("Lunch in Muscat was OMR 2.500.", 2.5),
    ],
)
def test_grouped_thousands_and_three_decimal_currencies(text: str, value: float) -> None:
    assert only(text).value == pytest.approx(value)


def test_space_grouping_needs_exactly_three_digits() -> None:
    found = amounts("In 2021 300 rubles was a day's pay.")
    assert [(a.text, a.value) for a in found] == [("300 rubles", 300)]


@pytest.mark.parametrize(
    ("text", "span", "usd", "per"),
    [
        ("Welders got 2,600 zloty a month (about $680).", "2,600 zloty", 680, "month"),
        ("Crews were owed 320 dinars each (about $1,040).", "320 dinars", 1040, None),
        ("Cooks got 1,900 yuan per month ($265).", "1,900 yuan", 265, "month"),
        ("They earned 2,400 yuan a month, equivalent to $335, in Dandong.", "2,400 yuan", 335, "month"),
        ("A bowl cost 30 yuan, which is like $4.", "30 yuan", 4, None),
        ("The fine, 800 yuan, is about $110 at today's rate.", "800 yuan", 110, None),
        ("Each paid 9,000 rubles per worker a day ($98).", "9,000 rubles", 98, "day"),
    ],
)
def test_conversion_after_a_period_or_a_copula(text: str, span: str, usd: float, per: str | None) -> None:
    a = only(text)
    assert (a.text, a.stated_usd) == (span, usd)
    assert a.per == per


def test_conversion_not_taken_across_other_words() -> None:
    found = amounts("He earned 2,000 yuan a month and later paid $300 for the ticket.")
    assert [a.text for a in found] == ["2,000 yuan", "$300"]
    assert found[0].stated_usd is None


@pytest.mark.parametrize(
    ("text", "second", "currency"),
    [
        ("We were given 160 euros, sometimes 210. Nothing more.", "210", "EUR"),
        ("They paid us 1,500 yuan a month, occasionally 1,800, never more.", "1,800", "CNY"),
        ("He got 300 yuan ($42), maybe 400.", "400", "CNY"),
        ("The brigade received 20,000 rubles, at most 25,000, in a good month.", "25,000", "RUB"),
    ],
)
def test_bare_number_varying_the_amount_before(text: str, second: str, currency: str) -> None:
    found = amounts(text)
    assert len(found) == 2, [a.text for a in found]
    assert (found[1].text, found[1].currency) == (second, currency)


@pytest.mark.parametrize(
    "text",
    [
        "We were given 160 euros, sometimes 210 workers shared it.",  # a count of something
        "They paid 1,500 yuan, sometimes 2019.",  # not a year-like jump either way
        "They paid 1,500 yuan, sometimes 90,000.",  # a tenfold jump is not the same amount varying
        "They paid 1,500 yuan and 40 workers left.",  # no varying word
    ],
)
def test_bare_numbers_that_are_not_amounts(text: str) -> None:
    assert len(amounts(text)) == 1


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("hundreds of millions of dollars", 1e8, 999e6),
        ("tens of millions of yuan", 1e7, 99e6),
        ("hundreds of millions won in Seoul", 1e8, 999e6),
        ("hundreds of thousands of won in Seoul", 1e5, 999_999),
        ("tens of thousands of rubles", 1e4, 99_999),
    ],
)
def test_vague_tops(text: str, low: float, high: float) -> None:
    a = only(text)
    assert (a.low, a.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He paid fourteen dollars for the form.", "fourteen dollars", 14),
        ("It cost twenty-five dollars.", "twenty-five dollars", 25),
        ("They owed forty two dollars each.", "forty two dollars", 42),
        ("seventeen thousand rubles went missing", "seventeen thousand rubles", 17000),
        ("thirty-five thousand won in Seoul", "thirty-five thousand won", 35000),
    ],
)
def test_spelled_out_numbers(text: str, span: str, value: float) -> None:
    a = only(text)
    assert (a.text, a.value) == (span, value)


@pytest.mark.parametrize("text", ["The two won the final.", "Twenty-five won seats.", "the three won"])
def test_spelled_out_won_without_a_multiplier_is_not_money(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("In North Korea, a kilo of rice costs 5,800 won.", "KPW"),
        ("Inside North Korea the same jacket sells for 90,000 won.", "KPW"),
        ("At the official exchange rate that is 900 won.", "KPW"),
        ("A broker in Seoul took 12 million won from the defector.", "KRW"),
    ],
)
def test_won_north_or_south(text: str, currency: str) -> None:
    assert only(text).currency == currency
