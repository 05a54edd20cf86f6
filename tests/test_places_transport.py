"""Airports and seaports as places of level ``facility`` (knowledge/places_transport.yaml)."""

from __future__ import annotations

import pytest

from labourlens.analyse import gazetteer, places
from labourlens.analyse.gazetteer_transport import airport_names, port_names


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.country, p.level) for p in places.find(text)]


def test_airport_names_add_the_short_forms() -> None:
    assert airport_names("Tribhuvan International Airport") == [
        "Tribhuvan International Airport", "Tribhuvan Airport", "Tribhuvan international airport", "Tribhuvan airport"]
    # the base names a city: only the capitalised forms name the airport
    assert airport_names("Muscat International Airport", city_named=True) == [
        "Muscat International Airport", "Muscat Airport"]
    assert airport_names("Schiphol") == ["Schiphol"]


def test_port_names() -> None:
    assert port_names("Mombasa") == ["Port of Mombasa", "Mombasa Port"]
    assert port_names("Doha", "Hamad Port") == ["Hamad Port", "Port of Doha", "Doha Port"]


def test_every_facility_has_the_position_of_its_city() -> None:
    g = gazetteer.get()
    facilities = [p for p in g.places if p.gid.startswith(("airport:", "port:"))]
    assert len(facilities) > 200
    missing = [p.name for p in facilities if p.lat is None or p.lon is None or not p.country]
    assert missing == []
    nairobi = next(p for p in g.places if p.name == "Jomo Kenyatta International Airport")
    assert nairobi.country == "KE" and abs(nairobi.lat - (-1.28)) < 0.2 and abs(nairobi.lon - 36.8) < 0.2


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The recruits were met at Hamad International Airport by a driver from the agency.", "Hamad International Airport", "QA"),
    ("She was stopped at Tribhuvan airport with a tourist visa.", "Tribhuvan International Airport", "NP"),
    ("Forty women landed at Bole International Airport on Thursday.", "Bole International Airport", "ET"),
    ("He was deported through Kuwait International Airport in March.", "Kuwait International Airport", "KW"),
    ("The men waited two days at Suvarnabhumi Airport before their flight.", "Suvarnabhumi Airport", "TH"),
    ("Customs held the gloves at the Port of Long Beach for three weeks.", "Port of Long Beach", "US"),
    ("The catch was unloaded at Mombasa Port after nine months at sea.", "Port of Mombasa", "KE"),
    ("The vessel called at Hamad Port to refuel.", "Hamad Port", "QA"),
    ("Dockers at Nakhodka Port in Russia said they were paid in cash.", "Port of Nakhodka", "RU"),
])
def test_facilities_are_found(text: str, name: str, country: str) -> None:
    assert (name, country, "facility") in _found(text)


def test_a_port_is_not_also_its_city() -> None:
    found = _found("Customs held the gloves at the Port of Long Beach for three weeks.")
    assert ("Long Beach", "US", "city") not in found


@pytest.mark.parametrize(("text", "name", "level"), [
    # a city's name before a lower-case "airport" or "port" stays the city: which of its airports or
    # terminals is meant, the text does not say
    ("He flew home from Muscat airport in May.", "Muscat", "city"),
    ("The trawler docked at the Busan port terminal in June.", "Busan", "city"),
    ("Workers were housed near an airport outside Doha.", "Doha", "city"),
    ("The port city of Mombasa handles most of the region's cargo.", "Mombasa", "city"),
])
def test_cities_near_transport_words_stay_cities(text: str, name: str, level: str) -> None:
    found = _found(text)
    assert (name, level) in [(n, lv) for n, _, lv in found]
    assert not [n for n, _, lv in found if lv == "facility"]
