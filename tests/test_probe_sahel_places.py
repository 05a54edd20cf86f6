"""Places of the Sahara, the Sahel and the routes to Libya and Yemen (probe study-295): the wilayas of Mauritania, the
provinces of Chad, the Nile states of Sudan, the regions of Ghana, oasis and mining towns that GeoNames lists under
other spellings or not at all, and regions named together under a plural "states" ("the Kano and Kaduna states").
Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse import places, sentences


def _found(text: str) -> set[tuple[str, str]]:
    return {(p.country or "", p.name) for p in places.find(text, sentences.split(text))}


@pytest.mark.parametrize("text,country,name", [
    ("Herders in Mauritania's Assaba and Gorgol regions were found working without pay.", "MR", "Assaba"),
    ("The family lived in a camp in Hodh el Gharbi, in Mauritania.", "MR", "Hodh El Gharbi"),
    ("Miners came down from the Tibesti, in northern Chad, to dig for gold.", "TD", "Tibesti"),
    ("In Chad, diggers were recruited in Ouaddaï and taken north.", "TD", "Ouaddaï"),
    ("Boys from Darfur dig the wells of Sudan's River Nile state.", "SD", "River Nile"),
    ("In Ghana, the trawler crews came from the Savannah Region.", "GH", "Savannah Region"),
    ("Migrants in Libya were held for ransom in Kufra for months.", "LY", "Kufra"),
    ("Boats from Libya left Misrata and Zuwara last week.", "LY", "Misrata"),
    ("Boats from Libya left Misrata and Zuwara last week.", "LY", "Zuwara"),
    ("In Yemen, the migrants were taken to farms near Saada.", "YE", "Saada"),
    ("In Niger, diggers walk from Dirkou to the pits every season.", "NE", "Dirkou"),
    ("In Sudan, the broker sent the men north of Abu Hamad to the wells.", "SD", "Abu Hamad"),
    ("Ethiopian migrants in Djibouti said they had cut salt blocks at Lake Assal.", "DJ", "Lake Assal"),
])
def test_places_of_the_sahel_and_the_routes(text: str, country: str, name: str) -> None:
    assert (country, name) in _found(text)


def test_regions_named_under_a_plural_states() -> None:
    got = _found("In Sudan, gold wells in the Gezira and Northern states employ boys.")
    assert ("SD", "Northern") in got


def test_a_city_of_another_country_is_not_read_for_the_first_word_of_a_sudanese_town() -> None:
    got = _found("In Sudan, miners north of Abu Hamad owe their well owners.")
    assert not any(c == "IN" for c, _ in got)
