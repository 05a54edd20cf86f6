"""More shapes of money in report prose: an abbreviation's point right before the digits
("Rs.15,000", "Nrs. 50,000"), Nepali rupee signs, and amounts told in a hundredth of a unit
("40 cents an hour", "90 kopecks") that take the dollar or euro of the amount before them.
Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money


def _money(text: str) -> list[tuple[str, str | None, float | None, str | None]]:
    return [(a.text, a.currency, a.value, a.per) for a in money.find(text, None) if a.kind == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agent in Kathmandu took Rs.15,000 from each recruit.", ("Rs.15,000", "NPR", 15000.0, None)),
        ("Recruits from Nepal paid NRs 250,000 in fees.", ("NRs 250,000", "NPR", 250000.0, None)),
        ("He sent Nrs. 40,000 home every month.", ("Nrs. 40,000", "NPR", 40000.0, "month")),
        ("Brokers in Mumbai charged Rs.90,000 per worker.", ("Rs.90,000", "INR", 90000.0, "person")),
    ],
)
def test_rupee_abbreviations(text: str, expected: tuple[str, str, float, str | None]) -> None:
    assert _money(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pickers at Sunfield Farms were paid 40 cents an hour.", [("40 cents", "USD", 0.4, "hour")]),
        ("The base rate was €3 an hour, and sometimes only 80 cents.",
         [("€3", "EUR", 3.0, "hour"), ("80 cents", "EUR", 0.8, None)]),
        ("A loaf cost 90 kopecks in the camp shop near Tynda.", [("90 kopecks", "RUB", 0.9, None)]),
        ("Each shirt earned the women 50 paise in Tiruppur, India.", [("50 paise", "INR", 0.5, None)]),
    ],
)
def test_amounts_in_a_hundredth_of_a_unit(text: str, expected: list[tuple[str, str, float, str | None]]) -> None:
    assert _money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wages rose 5 per cent last year.",
        "The wall was 100 centimetres thick.",
        "Figures for 2019.5 were revised.",
        "The recruits came from Room No.5 of the hostel.",
    ],
)
def test_no_money_here(text: str) -> None:
    assert _money(text) == []


def test_decimal_parts_are_no_new_numbers() -> None:
    assert _money("They were paid $1.50 an hour.") == [("$1.50", "USD", 1.5, "hour")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He put it at 100 dinars in their pocket, out of a salary of several hundred.",
         ("several hundred", "KWD", 200.0, 999.0)),
        ("The men kept 300 riyals in Doha; the broker took a few thousand.", ("a few thousand", "QAR", 2000.0, 8999.0)),
        ("The fee was $300, and a debt of several thousand remained.", ("several thousand", "USD", 2000.0, 9999.0)),
        ("Each cook earned 1,500 yuan, while the manager earned several thousand.",
         ("several thousand", "CNY", 2000.0, 9999.0)),
    ],
)
def test_a_bare_vague_quantity_after_a_pay_word_takes_the_currency(
        text: str, expected: tuple[str, str, float, float]) -> None:
    found = [(a.text, a.currency, a.low, a.high) for a in money.find(text, None) if a.kind == "money"]
    assert found[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He earned 2,000 yuan. Several hundred workers joined the next year.",
        "They paid 500 euros to the agency and several hundred workers came.",
        "The plant paid 900 rubles a day to a few thousand seasonal hands.",
    ],
)
def test_a_vague_count_of_people_is_no_amount(text: str) -> None:
    assert len([a for a in money.find(text, None) if a.kind == "money"]) == 1


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Seamstresses in Yanji were paid 3-4,000 yuan a month.", 3000.0, 4000.0),
        ("Builders in Tomsk got 20-25,000 rubles.", 20000.0, 25000.0),
        ("The broker charged 300–400,000 won per head.", 300000.0, 400000.0),
        ("Fees ran at $3-4,000 each.", 3000.0, 4000.0),
    ],
)
def test_the_dash_shorthand_of_thousands(text: str, low: float, high: float) -> None:
    (a,) = [a for a in money.find(text, None) if a.kind == "money"]
    assert (a.low, a.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Tips were 3-5 dollars a table.", 3.0, 5.0),
        ("Prices ran from 1-10,000 yuan for a permit, depending on the office.", 1.0, 10000.0),
        ("They paid 2,000-3,000 yuan.", 2000.0, 3000.0),
    ],
)
def test_ranges_that_are_no_shorthand(text: str, low: float, high: float) -> None:
    (a,) = [a for a in money.find(text, None) if a.kind == "money"]
    assert (a.low, a.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "\"They did not touch one riyal,\" the engineer said.",
        "He never saw one dollar of the bonus.",
        "The women went home without one yuan in their pockets.",
    ],
)
def test_not_one_unit_is_an_idiom_for_nothing(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Each porter got one dollar a day.", 1.0),
        ("The fine was not more than one million won.", 1_000_000.0),
        ("They received no pay, only one dollar a day.", 1.0),
    ],
)
def test_one_unit_stays_an_amount_elsewhere(text: str, value: float) -> None:
    assert [v for _, _, v, _ in _money(text)] == [value]


def test_a_vague_count_after_a_pay_verb_is_no_amount() -> None:
    text = "The broker took 300 riyals from each man; the police took a few hundred passports."
    assert [a.text for a in money.find(text, None) if a.kind == "money"] == ["300 riyals"]
