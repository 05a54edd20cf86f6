"""Money shapes that transfer to unseen reports: vague amounts ("a few hundred", "several
million") run from two to nine of their unit, as annotators bound them; a shared currency name
("won") is read from the amount's own paragraph before a neighbouring one; a currency ticker in
page chrome ("Currency: USD 91.7") is a rate, not an amount. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money
from labourlens.model import Amount


def _money(text: str) -> list[Amount]:
    return [a for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("The recruiter kept a few hundred euros from each wage.", 200, 899, "EUR"),
        ("Each of them owed several hundred riyals to the agency in Doha.", 200, 999, "QAR"),
        ("The contract with Larkspur Timber was worth several hundred million dollars.", 2e8, 999e6, "USD"),
        ("Brokers charged a few thousand yuan per placement in Yanji.", 2000, 8999, "CNY"),
        ("The crew lost several thousand zloty in fines at the Gdansk yard.", 2000, 9999, "PLN"),
    ],
)
def test_a_few_and_several_run_from_two_units_to_just_under_ten(text: str, low: float, high: float, currency: str) -> None:
    (a,) = _money(text)
    assert (a.low, a.high, a.currency) == (low, high, currency)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Fines reached tens of thousands of rubles in Vladivostok.", 10_000, 99_999),
        ("The debts ran to hundreds of dollars.", 100, 999),
        ("They were promised a couple of hundred euros.", 200, 399),
    ],
)
def test_other_vague_amounts_keep_their_bounds(text: str, low: float, high: float) -> None:
    (a,) = _money(text)
    assert (a.low, a.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Min-ji Kang was born in Pyongyang.\n\nShe now runs a noodle bar in Seoul; a bowl sells for 12,000 won.\n\n"
         "Pyongyang dishes are her speciality.", "KRW"),
        ("The shop in Busan pays 2,000,000 won a month.\n\nIn Pyongyang, the official wage is tiny.", "KRW"),
        ("A kilo of rice cost 6,000 won at the market in Hyesan, a trader said.\n\nHe later settled in Seoul.", "KPW"),
        ("Seoul officials met in March.\n\nIn Chongjin, a worker earns 3,000 won a month, a source said.", "KPW"),
    ],
)
def test_won_is_read_from_its_own_paragraph_first(text: str, currency: str) -> None:
    (a,) = _money(text)
    assert a.currency == currency


def test_a_context_in_another_paragraph_still_counts_when_the_paragraph_has_none() -> None:
    (a,) = _money("The workers were sent to Chongjin.\n\nEach was promised 5,000 won for the trip.")
    assert a.currency == "KPW"


@pytest.mark.parametrize(
    "text",
    [
        "Weather: Tomsk -4°C | Currency: USD 92.3 | Subscribe",
        "Markets | Exchange rate: USD 7.21 | Sport",
        "Rates: EUR 1.08 | Oil 82.1",
        "FX: $1.27 · Weather: 12°C",
    ],
)
def test_a_currency_ticker_in_chrome_is_no_amount(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The currency of the payment was dollars: USD 900 went to the broker.", 900),
        ("Rate of pay: $4 an hour, the notice said.", 4),
    ],
)
def test_amounts_after_other_labels_stay_amounts(text: str, value: float) -> None:
    (a,) = _money(text)
    assert a.value == value


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Rice in Hyesan costs 6,000 won a kilo, a source told Seoul-based Ridgeline Daily.", "KPW"),
        ("A Seoul-based group said builders in Chongjin were paid 20,000 won a month.", "KPW"),
        ("A Busan-based firm told us shipyard welders in Ulsan earn 3,000,000 won a month in South Korea.", "KRW"),
    ],
)
def test_where_an_organisation_is_based_says_nothing_about_the_money(text: str, currency: str) -> None:
    (a,) = _money(text)
    assert a.currency == currency
