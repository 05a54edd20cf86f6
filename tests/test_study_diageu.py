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
    ("The dormitory lies in Pest County, an hour from the capital.", "Pest", "HU"),
    ("Sri Lankan drivers based in Brasov County said fines were deducted.", "Brașov", "RO"),
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
    assert ("Arad", "RO", "admin1") in found
    assert any(n == "Arad" and lvl == "city" for n, _, lvl in found)
    assert not any(lvl == "admin1" for _, _, lvl in _found("A courier in Plovdiv, Bulgaria, was fined."))
    assert not any(lvl == "admin1" for _, _, lvl in _found("A bakery in Kaunas, Lithuania, hired drivers."))


def test_controls_regions_elsewhere_unchanged() -> None:
    assert ("Bihar", "IN", "admin1") in _found("Migrants from Bihar, India, worked on the site.")
    assert ("Sopron", "HU", "city") in _found("The plant in Sopron, Hungary, hired 300 people.")
    assert not _found("Zala said the shift ended late.")  # a region named like a word or person needs its country


# ---------------------------------------------------------------- class 2: a city named like a common word, qualified

def test_stop_listed_city_qualified_by_its_country() -> None:
    assert ("Split", "HR", "city") in _found("SPLIT, Croatia \u2014 Hotel cooks from Bangladesh said their pay was cut.")
    assert ("Split", "HR", "city") in _found("She cleaned rooms at a resort in Split, Croatia, for two seasons.")
    assert ("Nice", "FR", "city") in _found("NICE, France \u2014 Two restaurant owners were charged.")


def test_stop_listed_city_controls() -> None:
    assert "Split" not in _names("The profits were split, Croatia's ministry said.")
    assert "Split" not in _names("They decided to split. Croatia was not mentioned again.")
    assert "Nice" not in _names("It was nice, France said in a statement.")
    assert "Split" not in _names("A cook near Split said he was never paid.")  # no country or region named: unchanged


def test_stop_listed_city_with_a_region_of_its_country() -> None:
    assert ("Split", "HR", "city") in _found("A porter at a hotel near Split said the agency kept his passport. "
                                           "Labour inspectors in Split-Dalmatia County opened a file.")


# ---------------------------------------------------------------- class 2: places inside the outlet's masthead

def test_place_inside_an_upper_case_masthead_with_a_compass_word() -> None:
    text = "WESTERN UKRAINE DISPATCH \u2014 brief\n\nLVIV, 3 March 2025 \u2014 Twelve drivers said fines were deducted."
    assert "Ukraine" not in _names(text)
    assert "Lviv" in _names(text)
    assert "Slovakia" not in _names("SOUTHERN SLOVAKIA TODAY | Business\n\nA plant hired 40 welders.")


def test_place_inside_an_investigative_outlet_name() -> None:
    text = "Silesia Investigates\nPublished 2 April 2025\n\nA contract seen by Silesia Investigates sets fines."
    assert "Silesia" not in _names(text)


def test_masthead_controls() -> None:
    assert "Poland" in _names("WORKERS IN POLAND UNPAID FOR MONTHS\n\nThe agency denied it.")
    assert "Ukraine" in _names("Eastern Ukraine has lost many workers to Poland.")
    assert "Hungary" in _names("Hungary investigates the agency after a raid.")
