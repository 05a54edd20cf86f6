"""Probe of currencies written as the press of their country writes them: one or two capital letters
before the digits ("N45,000", "R600", "K1,500", "P500", "MK50,000", "Ks 5,000", "Br 3,000"), money
only in a report set where that currency is paid; and currency names of Central Asia, Africa and
Southeast Asia with their plurals. Every sentence is written for this test; companies and people are
fictional."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labourlens.analyse import money
from money_helpers import DAY, money_amounts, one_amount

# (text, span, currency, value or (low, high), per)
LETTERS = [
    ("Loaders at the Kano depot of Harmattan Freight said they were paid N3,000 a day.", "N3,000", "NGN", 3000, "day"),
    ("A cleaner in Abuja said Okoro Homes deducted N2,500 whenever she was late.", "N2,500", "NGN", 2500, None),
    ("The Nigerian packer said the agency charged him N1.2 million for the visa.", "N1.2 million", "NGN", 1.2e6, None),
    ("In Durban, pickers at Blue Crane Farms were paid R180 a day.", "R180", "ZAR", 180, "day"),
    ("Seamstresses in Cape Town said they earned between R900 and R1,100 a week.", "R900 and R1,100", "ZAR",
     (900, 1100), "week"),
    ("A Zambian miner near Kitwe said Copperline Ltd paid him K1,800 a month.", "K1,800", "ZMW", 1800, "month"),
    ("Tea pickers in Malawi said the estate paid K25,000 a month.", "K25,000", "MWK", 25000, "month"),
    ("Fishing crews from Myanmar said brokers in Yangon took K500,000 from each man.", "K500,000", "MMK", 500000, None),
    ("Domestic workers in Manila said Starlight Placement charged P15,000 in fees.", "P15,000", "PHP", 15000, None),
    ("Farm hands in Malawi said the trader paid MK40,000 for a season.", "MK40,000", "MWK", 40000, None),
    ("Workers in Myanmar's Shan State said they were paid Ks 6,000 a day.", "Ks 6,000", "MMK", 6000, "day"),
    ("Flower-farm workers in Ethiopia earn about Br 2,400 a month.", "Br 2,400", "ETB", 2400, "month"),
]


@pytest.mark.parametrize(("text", "span", "currency", "value", "per"), LETTERS)
def test_letter_before_the_digits_is_the_local_currency(text: str, span: str, currency: str,
                                                        value: float | tuple[float, float], per: str | None) -> None:
    a = one_amount(text, span)
    assert a.text == span and a.currency == currency and a.per == per
    if isinstance(value, tuple):
        assert (a.low, a.high) == value
    else:
        assert a.value == pytest.approx(value)


NOT_MONEY = [
    # no country where the letter is a currency: nothing
    "The R600 to R750 range of the old handsets sold well.",
    "Form N400 was filed late, the clerk said.",
    "Her K9 unit searched the warehouse twice.",
    "Team P4 finished the drill in time.",
    # roads, masks, models and forms, even where the letter is money
    "In South Africa the convoy took the N1 to Cape Town and then the R21 past the airport.",
    "Nurses in Lagos said N95 respirators ran out in March.",
    "Near Johannesburg the trucks used the R59 highway every night.",
    "A Zambian mechanic in Ndola serviced the K2-series pumps.",
    "In Lagos the N2-type forms were filed by the agency.",
    # a space after one letter, or a number word: no
    "In Lagos a worker said N 500 people queued at the gate.",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_letters_that_are_no_money(text: str) -> None:
    assert money_amounts(text) == [], [a.text for a in money_amounts(text)]


WORDS = [
    ("Cotton pickers in Turkmenistan were paid 30 manat a day.", "30 manat", "TMT", 30),
    ("Builders in Baku said they were paid 900 manats a month.", "900 manats", "AZN", 900),
    ("Porters in Gaborone said they got 1,500 pula a month.", "1,500 pula", "BWP", 1500),
    ("The Port Moresby contractor paid 400 kina a fortnight.", "400 kina", "PGK", 400),
    ("The Durban firm paid 4,000 rands to each driver.", "4,000 rands", "ZAR", 4000),
    ("A recruiter in Manila asked for Php 30,000.", "Php 30,000", "PHP", 30000),
]


@pytest.mark.parametrize(("text", "span", "currency", "value"), WORDS)
def test_currency_words_of_the_regions(text: str, span: str, currency: str, value: float) -> None:
    a = one_amount(text, span)
    assert (a.text, a.currency, a.value) == (span, currency, value)


@pytest.mark.parametrize("text", [
    "The two kina trees by the road were cut down.",
    "Rain, pula in Setswana, fell on the farm.",
    "A manat coin was found in the well.",
])
def test_currency_words_that_are_words_need_digits(text: str) -> None:
    assert money_amounts(text) == []


def test_letter_amount_ranges_and_conversions() -> None:
    text = "Carpenters in Pretoria said they were promised R7,500 (about $400) but got R4,000, sometimes less."
    found = money_amounts(text)
    assert [a.text for a in found] == ["R7,500", "R4,000"]
    assert found[0].stated_usd == 400
    assert all(a.currency == "ZAR" for a in found)


@pytest.mark.parametrize("text", [
    "N", "R", "K1", "the R", "N95", "Lagos N", "Lagos N1", "Lagos N1,", "Durban R-", "Durban R0", "Kitwe K 1",
    "Lagos: N45,000 N45,000N45,000 N,000", "Cape Town R1.5bn-R2bn", "Manila P1e5", "Lagos N\n500",
])
def test_letter_shapes_never_crash(text: str) -> None:
    for a in money.find(text, DAY):
        assert a.text == text[a.start : a.end]


@pytest.mark.parametrize(("text", "span", "currency", "value"), [
    ("Casual loaders at the depot were paid N38,000 a month.", "N38,000", "NGN", 38000),
    ("The contractor owed the crew R1.2 million.", "R1.2 million", "ZAR", 1.2e6),
    ("Each cleaner was paid R3,200 for the month.", "R3,200", "ZAR", 3200),
])
def test_n_and_r_with_grouped_thousands_need_no_country(text: str, span: str, currency: str, value: float) -> None:
    a = one_amount(text, span)
    assert (a.text, a.currency, a.value) == (span, currency, pytest.approx(value))


@pytest.mark.parametrize("text", [
    "Staff got K45,000.",  # kwacha, kyat or kina: no country, no currency
    "A fee of P15,000 was asked.",
    "The fare on the R61 was 20 dollars.",
])
def test_other_letters_still_need_a_country(text: str) -> None:
    assert all(a.text[0] not in "KPR" for a in money_amounts(text)), [a.text for a in money_amounts(text)]


@pytest.mark.parametrize("text", [
    "In Manila, P1 pupils start school at seven.",
    "In Malawi the guards carried MK2 rifles.",
    "In Lagos the N7 bus was late.",
    "The defector lived in building 103-dong, unit 902-ho, in Seoul.",
    "The 7 dong offices of Seoul's Mapo district closed.",
])
def test_grades_models_and_korean_addresses_are_no_money(text: str) -> None:
    assert money_amounts(text) == [], [a.text for a in money_amounts(text)]


@pytest.mark.parametrize(("text", "span", "currency", "value"), [
    ("In Manila the cook was paid P50 a day.", "P50", "PHP", 50),
    ("In Hanoi the police fined him 750,000 dong.", "750,000 dong", "VND", 750000),
    ("In Johannesburg the plan costs R1bn.", "R1bn", "ZAR", 1e9),
])
def test_small_letter_sums_and_dong_sums_stay(text: str, span: str, currency: str, value: float) -> None:
    a = one_amount(text, span)
    assert (a.text, a.currency, a.value) == (span, currency, value)


_PIECES = ["N", "R", "K", "P", "MK", "Ks", "Br", "45,000", "1,20,000", "8,50", "600", "1", "to", "-", "k", "K", "M",
           "million", "the", "Lagos", "Durban", "Lusaka", "Manila", "road", "N95", "(about", "$1,000)", ",", "not",
           "up from", "maybe", "of it", "was", "sometimes less", "figure", "102-dong", "won", "\n", " ", "rub.", "元"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map(lambda xs: "".join(x + (" " if i % 3 else "") for i, x in
                                                                                   enumerate(xs))))
def test_letter_and_echo_pieces_never_crash(text: str) -> None:
    for a in money.find(text, DAY):
        assert 0 <= a.start <= a.end <= len(text) and a.text == text[a.start : a.end]
        assert a.currency is not None or a.kind == "percent"
