"""Probe of a headline's amount in a shared currency name ("won", "dinars", "rupees") that the body
names again: it takes the currency the body's context gives; and of written forms after the number
("1,500 SR", "2,000 Dh") and "Tk." before it. Every sentence is written for this test; companies and
people are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import money
from money_helpers import DAY, money_amounts


def test_headline_takes_the_body_currency() -> None:
    text = ("North Korean hackers took 900m won each, lawmakers told\n\n"
            "By Kim Seo-yeon\n\nNorth Korea sends hackers abroad, an official said on Monday. Seoul's National "
            "Intelligence Service told lawmakers in Seoul that each team took about 900 million won ($650,000) last year.")
    found = money_amounts(text)
    assert [a.currency for a in found] == ["KRW", "KRW"], [(a.text, a.currency) for a in found]


def test_headline_in_the_north_stays_in_the_north() -> None:
    text = ("Rice at 6,000 won a kilo in Hyesan markets\n\n"
            "Rice sold for 6,000 won a kilogram in Hyesan markets last week, a source in Ryanggang province said.")
    assert [a.currency for a in money_amounts(text)] == ["KPW", "KPW"]


def test_headline_with_another_sum_is_left_alone() -> None:
    text = ("Workers say they were owed 2,000 won\n\n"
            "Workers from the North at a Pyongyang plant said they were owed 2,000 won. In Seoul a meal costs 9,000 won.")
    found = money_amounts(text)
    assert len(found) == 3
    assert found[0].currency == found[1].currency


@pytest.mark.parametrize(("text", "span", "currency"), [
    ("Drivers in Riyadh were paid 1,500 SR a month.", "1,500 SR", "SAR"),
    ("A maid in Dubai said she got 2,000 Dh a month.", "2,000 Dh", "AED"),
    ("Brokers in Dhaka took Tk. 3,50,000 from each man.", "Tk. 3,50,000", "BDT"),
])
def test_more_written_forms(text: str, span: str, currency: str) -> None:
    assert [(a.text, a.currency) for a in money_amounts(text)] == [(span, currency)]


@pytest.mark.parametrize("text", ["a\n", "\n5 won", "5 won\n5 won", "400m won\n\n400 million won ($1)", "\n\n"])
def test_shapes_never_crash(text: str) -> None:
    for a in money.find(text, DAY):
        assert a.text == text[a.start : a.end]
