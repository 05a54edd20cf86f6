"""Probes for the classes of place miss found when heldout186 (migrant workers in Central and Eastern Europe and the
Balkans) was opened for study (branch diageu, places only). Every text is written for these tests, in our own wording:
firms, people and figures are invented (places are real); each class has controls that must not change."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


def _found(text: str) -> set[tuple[str, str | None, str]]:
    return {(p.name, p.country, p.level) for p in places.find(text)}


def _names(text: str) -> set[str]:
    return {p.name for p in places.find(text)}


# ---------------------------------------------------------------- class 1: first-level regions of CEE and the Balkans

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Seasonal pickers on an orchard in Szabolcs-Szatmar-Bereg county were paid late.", "Szabolcs-Szatmár-Bereg", "HU"),
    ("A poultry plant in Jasz-Nagykun-Szolnok county hired 200 Thai workers.", "Jász-Nagykun-Szolnok", "HU"),
    ("Labour inspectors in Komárom-Esztergom County visited the site.", "Komárom-Esztergom", "HU"),
    ("The dormitory lies in Pest County, an hour from the capital.", "Pest County", "HU"),
    ("Sri Lankan drivers based in Brasov County said fines were deducted.", "Brașov County", "RO"),
    ("Vineyards in Prahova county employ workers from Nepal.", "Prahova", "RO"),
    ("Police in Bihor county opened a file on the agency.", "Bihor", "RO"),
    ("A shipyard in Primorje-Gorski Kotar County relies on posted welders.", "Primorje-Gorski Kotar County", "HR"),
    ("Hotels in Dubrovnik-Neretva County recruit kitchen staff abroad.", "Dubrovnik-Neretva County", "HR"),
    ("A car-parts plant in the Zilina Region hired Serbian workers.", "Žilina Region", "SK"),
    ("Greenhouses in Plovdiv Province hired pickers from Uzbekistan.", "Plovdiv Province", "BG"),
    ("The warehouse is in Harju County, outside the capital.", "Harju County", "EE"),
    ("Truck drivers registered in Siauliai County were stopped.", "Šiauliai County", "LT"),
    ("Farms across Vojvodina rely on seasonal crews.", "Vojvodina", "RS"),
    ("Strawberry farms in the Algarve employ Nepali pickers.", "Algarve", "PT"),
    ("Greenhouse workers in Thessaly said they were not paid.", "Thessaly", "GR"),
])
def test_cee_first_level_regions_are_found(text: str, name: str, country: str) -> None:
    assert (name, country, "admin1") in _found(text)


def test_hyphenated_county_wins_over_a_shorter_name_inside_it() -> None:
    found = _found("Two agencies in Hajdu-Bihar county supplied the battery plant.")
    assert ("Hajdú-Bihar", "HU", "admin1") in found
    assert not any(c == "IN" for _, c, _ in found)  # not India's Bihar
    found = _found("Officials of Gyor-Moson-Sopron county approved the permit.")
    assert ("Győr-Moson-Sopron", "HU", "admin1") in found
    assert "Sopron" not in {n for n, _, _ in found}


def test_region_named_like_its_city_keeps_the_bare_name_for_the_city() -> None:
    found = _found("The workers lived in a hostel in Arad, Romania, and worked in Arad County.")
    assert ("Arad County", "RO", "admin1") in found
    assert any(n == "Arad" and lvl == "city" for n, _, lvl in found)
    assert not any(lvl == "admin1" for _, _, lvl in _found("A courier in Plovdiv, Bulgaria, was fined."))
    assert not any(lvl == "admin1" for _, _, lvl in _found("A bakery in Kaunas, Lithuania, hired drivers."))


def test_controls_regions_elsewhere_unchanged() -> None:
    assert ("Bihar", "IN", "admin1") in _found("Migrants from Bihar, India, worked on the site.")
    assert ("Sopron", "HU", "city") in _found("The plant in Sopron, Hungary, hired 300 people.")
    assert not _found("Zala said the shift ended late.")  # a region named like a word or person needs its country
