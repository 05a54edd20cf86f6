"""Money of Egypt and Ethiopia by the report's places (probe study300): "LE" before a sum is the Egyptian pound (the
livre egyptienne of Egypt's press), and a bare "pounds" in a report set in an Egyptian governorate or industrial town
is the Egyptian pound; "Br" is the birr in a report that names an Ethiopian city or writes "ETB" elsewhere. Every text
is written for this test; firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.money import find


@pytest.mark.parametrize("text,amount,currency", [
    ("Carpet weavers in the Sharqia towns earn LE 3,500 a month.", "LE 3,500", "EGP"),
    ("A cleaner in Zagazig said he was promised 120 pounds a day.", "120 pounds", "EGP"),
    ("Hiring day at Hawassa: machinists start at Br 4,200 a month, ETB 5,000 after probation.", "Br 4,200", "ETB"),
])
def test_currency_of_the_place(text: str, amount: str, currency: str) -> None:
    got = {a.text: a.currency for a in find(text, None)}
    assert got.get(amount) == currency


def test_leone_stays_in_sierra_leone() -> None:
    assert {a.currency for a in find("In Freetown she earns Le 900 a month.", None)} == {"SLE"}
    assert ("LE 3,500", "EGP") in {(a.text, a.currency) for a in find("A mill in Egypt pays LE 3,500 a month.", None)}
