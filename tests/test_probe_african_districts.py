"""Places of Africa below the first-level region, and regions named by a compass word (probe study300): Zimbabwe's
rural districts and South Africa's district municipalities, the zones of Ethiopia's southern regions, Egypt's new towns
and eastern Chad's refugee camps by the names English reports give them, the mineral belts of southern Africa; a region
named "Western" or "Northern" with its level word (or in a list under "regions") in a report on a country that has
one; a town the gazetteer does not know before "in the ... Region". Every text is written for this test; people and
firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.places import find


def _pairs(text: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name) for p in find(text)}


@pytest.mark.parametrize("text,pair", [
    ("Tobacco growers in Gutu district, Masvingo, said the brokers kept their cards.", ("ZW", "Gutu")),
    ("Young men from Chivi and Zvimba are hired by the day at claims outside Kadoma.", ("ZW", "Zvimba")),
    ("Young men from Chivi and Zvimba are hired by the day at claims outside Kadoma.", ("ZW", "Chivi")),
    ("Labour brokers supply pickers to citrus farms in the Mopani district of Limpopo.", ("ZA", "Mopani")),
    ("Most of the machinists grew up in Gedeo and Hadiya, two hours from the park.", ("ET", "Gedeo")),
    ("Her sister stayed behind in Yirgalem, Ethiopia, to look after their mother.", ("ET", "Yirgalem")),
    ("A tannery in Sadat City in Egypt cut the night shift's pay.", ("EG", "Sadat City")),
    ("Dyers in Tenth of Ramadan said the bonus was never paid.", ("EG", "10th of Ramadan City")),
    ("Refugees in Bredjing, in Chad, carry water for traders in return for grain.", ("TD", "Bredjing")),
    ("Chrome is dug by hand along the Great Dyke, north of Gweru.", ("ZW", "Great Dyke")),
])
def test_district_zone_town_or_belt(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


@pytest.mark.parametrize("text,pair", [
    ("Boys from the Northern and Upper West regions were taken to cocoa farms near Kumasi.", ("GH", "Northern Region")),
    ("Boys from the Northern and Upper West regions were taken to cocoa farms near Kumasi.", ("GH", "Upper West Region")),
    ("Crews at Tarkwa in Ghana's Western Region work the pits at night.", ("GH", "Western Region")),
    ("Cocoa buyers in the Volta, Central and Eastern regions of Ghana paid late.", ("GH", "Eastern Region")),
    ("Cotton farms in Zambia's Southern Province hired children at harvest.", ("ZM", "Southern Province")),
])
def test_compass_region_in_its_country(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_compass_region_only_in_its_country() -> None:
    assert ("GH", "Western Region") in _pairs("Galamsey crews near Tarkwa, Ghana, say the Western Region office knew.")
    for text in ("The Western Region office of the bank in London said it had no comment.",
                 "Sales in the Northern Region fell, the Chicago chain said."):
        assert not any(p.name.endswith(("Region", "Province")) for p in find(text))


def test_town_before_its_region_without_a_comma() -> None:
    assert ("GH", "Obogu") in _pairs("The boys were kept at a camp near Obogu in the Ashanti Region, the court heard.")
    # a month is no town, and a district of Zimbabwe named like a surname needs its level word
    assert not any(p.level == "city" for p in find("The drivers were paid in March in the Ashanti Region, the union said."))
    assert ("ZW", "Seke District") in _pairs("Traders in Seke district, near Harare, said the market was quiet.")
    assert not any(p.country == "ZW" for p in find("Traders in Seke said the market was quiet."))
