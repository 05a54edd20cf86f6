"""Namesake places told apart by what the document says of its country, and the quetzal written "Q" in a report on
Guatemala. Texts invented for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import money, places


def _places(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.name, m.country, m.level) for m in places.find(text)]


def test_a_town_named_like_a_big_city_abroad_is_the_one_of_a_report_that_dwells_on_its_country():
    # "Dundee" is also a South African town, so it is no context by itself; read as Scottish (the UK is named) three
    # times before "Perth", it speaks for the Scottish Perth over the Australian city twenty times larger
    text = ("Cleaners hired by a Dundee contractor say they were charged for uniforms. The firm's office in Dundee "
            "would not comment, and a union in Dundee said it had written to it. Staff it sent to hotels in Perth "
            "describe the same deductions, the union in the UK said.")
    assert ("Perth", "GB", "city") in _places(text)


@pytest.mark.parametrize("text, country", [
    ("A retailer based in Perth said its suppliers in the UK had signed the code.", "AU"),
    # one mention of the country and one of its cities is no report set there: a list of ports
    ("Buyers came from the US, Perth and Boston to the fair in Qingdao.", "AU"),
])
def test_the_big_city_still_wins_when_the_small_ones_country_is_only_named(text: str, country: str):
    assert ("Perth", country, "city") in _places(text)


@pytest.mark.parametrize("text, country, level", [
    ("Nine men on H-2B visas said they had cut timber in Georgia for two seasons.", "US", "admin1"),
    ("The Wage and Hour Division found that pickers in Georgia were paid for forty hours a week only.", "US", "admin1"),
    ("Migrant builders in Georgia said their pay in lari had not kept up with rents in Tbilisi.", "GE", "country"),
    ("Seasonal workers from Mexico said they had worked in Georgia.", "GE", "country"),
])
def test_an_institution_or_visa_of_one_country_tells_a_namesake_apart(text: str, country: str, level: str):
    found = [p for p in _places(text) if p[0] == "Georgia"]
    assert found == [("Georgia", country, level)]


@pytest.mark.parametrize("text, low, high", [
    ("Recruiters in Quetzaltenango asked Q9,500 to Q14,000 for each place on a bus north.", 9500.0, 14000.0),
    ("A Guatemalan cook said she had borrowed Q26,000 against her mother's plot.", 26000.0, 26000.0),
])
def test_a_q_before_grouped_digits_is_the_quetzal_in_a_report_on_guatemala(text: str, low: float, high: float):
    found = [(a.currency, a.low if a.low is not None else a.value, a.high if a.high is not None else a.value)
             for a in money.find(text)]
    assert found == [("GTQ", low, high)]


@pytest.mark.parametrize("text", [
    "Orders fell in Q3 and Q4 at the plant in Guatemala.",
    "Sales of the Q40 model rose by Q2,000 units in Ohio.",
])
def test_a_q_elsewhere_is_a_quarter_or_a_model(text: str):
    assert [a.currency for a in money.find(text)] == []
