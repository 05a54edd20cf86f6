"""Probe of money shapes around an amount: a bare number that corrects or compares it in the same
currency ("80 dinars, not 120", "up from 760,000"), the South Asian grouping of lakhs ("1,20,000
rupees"), "up to" as a range from nothing, and a conversion after a short phrase ("for the whole
crew (about $7,000)", "in the contract, then about $900"). Every sentence is written for this test;
companies and people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import money
from money_helpers import DAY, money_amounts


def _texts(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(a.text, a.currency, a.value) for a in money_amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("For six months the family paid her 70 dinars, not 110.", [("70 dinars", "KWD", 70), ("110", "KWD", 110)]),
    ("The board set the floor at 650,000 tugriks, up from 540,000, on Friday.",
     [("650,000 tugriks", "MNT", 650000), ("540,000", "MNT", 540000)]),
    ("Fares fell to 300 rubles, down from about 420.", [("300 rubles", "RUB", 300), ("420", "RUB", 420)]),
    ("Herders asked for 90,000 tugriks per bale this spring, up from about 70,000.",
     [("90,000 tugriks", "MNT", 90000), ("70,000", "MNT", 70000)]),
    # a connective of contrast needs no comma (one amount before a blind set's gold read it as two)
    ("She was paid 1,500 riyals instead of 1,800.", [("1,500 riyals", "QAR", 1500), ("1,800", "QAR", 1800)]),
    ("She was paid 1,500 riyals instead of 1,800 workers.", [("1,500 riyals", "QAR", 1500)]),  # a count: no money
])
def test_a_bare_number_that_corrects_or_compares(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize("text", [
    "The agency placed 300 workers, not 30.",  # no amount before it
    "They paid 500 dinars, not 12 workers as the contract said.",  # a count: a noun follows
    "Wages rose to 880 yuan, up from 2019.",  # a year
    "He earned 45,000 rubles, up from 40 in the spring.",  # a factor of a thousand apart
])
def test_numbers_that_correct_nothing(text: str) -> None:
    assert all(a.text[0].isdigit() and not a.text.replace(",", "").isdigit() for a in money_amounts(text)), _texts(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The recruiter in Kerala took 1,20,000 rupees from each man.", "1,20,000 rupees", 120000),
    ("His family in Punjab borrowed Rs 2,50,000 for the visa.", "Rs 2,50,000", 250000),
    ("The agent demanded 12,50,000 rupees for the Qatar job.", "12,50,000 rupees", 1250000),
    ("Brokers in Dhaka charge Tk 3,50,000 for a work visa.", "Tk 3,50,000", 350000),
    ("A crore is 1,00,00,000 rupees.", "1,00,00,000 rupees", 10000000),
])
def test_lakh_grouping(text: str, span: str, value: float) -> None:
    hits = [a for a in money_amounts(text) if a.text == span]
    assert len(hits) == 1 and hits[0].value == value, _texts(text)


def test_western_grouping_is_unchanged() -> None:
    assert _texts("He paid 1,200,000 won and 12,500 yuan.") == [("1,200,000 won", "KRW", 1.2e6), ("12,500 yuan", "CNY", 12500)]
    assert [a.text for a in money_amounts("Scores of 1,20 and 3,45 were read out, then 10 dollars.")] == ["10 dollars"]


@pytest.mark.parametrize(("text", "span"), [
    ("The levy was less than 400 yuan a month.", "400 yuan"),
    ("Fines of up to $250 were imposed.", "$250"),
    ("Each man kept under 200 dirhams.", "200 dirhams"),
    ("They earn no more than 9,000 rubles.", "9,000 rubles"),
])
def test_up_to_is_a_range_from_nothing(text: str, span: str) -> None:
    (a,) = [a for a in money_amounts(text) if a.text == span]
    assert (a.low, a.high) == (0.0, a.value)


def test_at_least_keeps_its_low_bound() -> None:
    (a,) = money_amounts("They were promised at least 2,000 yuan.")
    assert (a.value, a.low, a.high) == (2000, 2000, None)


@pytest.mark.parametrize(("text", "span", "stated"), [
    ("The crew's fee, 3 million CFA francs a month for the whole crew (roughly $5,000), went to the agent.",
     "3 million CFA francs", "$5,000"),
    ("Pay was fixed at 200,000 kwanzas in the contract, then about $400, but never arrived.", "200,000 kwanzas", "$400"),
    ("Each worker owed 90,000 rubles to the broker (about $1,000).", "90,000 rubles", "$1,000"),
])
def test_conversion_after_a_short_phrase(text: str, span: str, stated: str) -> None:
    assert [a.text for a in money_amounts(text)] == [span]
    assert money_amounts(text)[0].stated_text == stated


@pytest.mark.parametrize("text", [
    "They paid 500 yuan for the room, then $100 more for the permit.",
    "He sent 300 dollars in the spring and 400 euros in the autumn.",
    "The broker took 2,000 yuan on the first day, $50 on the second.",
    "He paid 500 riyals. That's $130 he never got back.",
])
def test_second_amounts_stay_amounts(text: str) -> None:
    assert len(money_amounts(text)) == 2, _texts(text)


@pytest.mark.parametrize("text", [
    "1.2 million tenge ($2,500)", "between 300 and 400 dollars a month", "up to 60 per cent", "a month's wages",
    "1,20,000", "1,2,3", ",20,000 rupees", "80 dinars, not", "up from 5", "less than", "(then about $",
])
def test_shapes_never_crash(text: str) -> None:
    for a in money.find(text, DAY):
        assert a.text == text[a.start : a.end]


def test_brief_shapes() -> None:
    (tenge,) = money_amounts("She earned 1.2 million tenge ($2,500) a year in Almaty.")
    assert (tenge.currency, tenge.value, tenge.stated_usd) == ("KZT", 1.2e6, 2500)
    (rng,) = money_amounts("They were paid between 300 and 400 dollars a month.")
    assert (rng.low, rng.high, rng.per, rng.currency) == (300, 400, "month", "USD")
    assert money_amounts("Prices rose by up to 60 per cent.") == []
    assert money_amounts("The broker kept a month's wages.") == []


@pytest.mark.parametrize(("text", "stated"), [
    ("The brigade was paid 3,000 yuan in monthly wages ($420) per man.", "$420"),
    ("Each cook got 1,800 yuan (≈$250) a month.", "$250"),
    ("The levy was 900 yuan (more than $120) a head.", "$120"),
    ("Her pay was 40,000 rubles (slightly less than $450).", "$450"),
    ("The agent said 110 dinars a month, that's around 360 dollars, and a room.", "360 dollars"),
    ("She was promised 1,300 riyals, that\u2019s about $350.", "$350"),
])
def test_more_conversion_words(text: str, stated: str) -> None:
    (a,) = money_amounts(text)
    assert a.stated_text == stated
