"""A small town named where news prose puts a person's home ("Ana Lupu, 47, of Fraserburgh") or later in a list of
names after a preposition of place ("in Peterhead, Fraserburgh and Kilkeel", "in Midleton or Youghal") is placed as
the first name of the list would be, in a report about the town's country (``place_rules.place_locative``). A lone
city of a country the report never names still needs a plain preposition: "in Ipoh and Meru" is no Meru of Kenya."""

from __future__ import annotations

import pytest

from labourlens.analyse import place_rules, places


def found(text: str) -> set[tuple[str, str]]:
    return {(m.country or "", m.name) for m in places.find(text)}


@pytest.mark.parametrize(("text", "place"), [
    # a home after an age: a town of 12,000 in a report about Scotland
    ("A court in Scotland heard that Radu Vasilescu, 52, of Fraserburgh, kept the men's passports.",
     ("GB", "Fraserburgh")),
    ("In Scotland, a skipper, Ion Petrache, aged 39, of Fraserburgh, denied the charges.", ("GB", "Fraserburgh")),
    # towns after the first name of a list after "in"
    ("In Scotland, the deckhands were paid off in Peterhead, Fraserburgh and Kilkeel without a contract.",
     ("GB", "Fraserburgh")),
    ("In Scotland, the deckhands were paid off in Peterhead, Fraserburgh and Kilkeel without a contract.",
     ("GB", "Kilkeel")),
    ("In Ireland, inspectors said the pickers were bussed to farms in Midleton or Youghal every morning.",
     ("IE", "Youghal")),
])
def test_a_home_or_a_later_name_of_a_list_is_placed(text: str, place: tuple[str, str]) -> None:
    assert place in found(text)


@pytest.mark.parametrize(("text", "start_word", "expected"), [
    ("Mira Dobre, 47, of Fraserburgh, admitted it.", "Fraserburgh", True),
    ("the pickers in Peterhead, Fraserburgh or Kilkeel", "Kilkeel", True),
    ("the pickers in Peterhead, Fraserburgh or Kilkeel", "Fraserburgh", True),
    ("the head of Spalding Farms said", "Spalding", False),  # "of" without an age is no home
    ("Peterhead, Fraserburgh and Kilkeel were named", "Kilkeel", False),  # a list after no preposition
    ("a statement by Fraserburgh or Kilkeel", "Kilkeel", False),
])
def test_place_locative(text: str, start_word: str, expected: bool) -> None:
    assert place_rules.place_locative(text, text.index(start_word)) is expected



def test_no_town_of_a_list_without_its_country() -> None:
    # the list still needs the report to know the town's country: here nothing names Ireland
    text = "The pickers were bussed to farms in Midleton or Youghal every morning, a driver said."
    assert not {name for _, name in found(text)} & {"Midleton", "Youghal"}


def test_a_lone_city_later_in_a_list_needs_its_country() -> None:
    # Meru is a Kenyan city of GeoNames; after "in Ipoh and" in a report that never names Kenya it is not one
    text = "Former workers at two rubber plants in Ipoh and Meru said their fees were deducted."
    assert ("KE", "Meru") not in found(text)
