"""Place knowledge that transfers: historic lands named as regions (Bohemia, Moravia,
Transylvania), towns and port districts of West and Central Africa below the GeoNames
threshold, told apart from namesakes by the country around them, and breadcrumb navigation
("Home > Laos > Society") that names no place of the report. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import places, sentences


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in places.find(text, sentences.split(text))}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Factories in Moravia and Bohemia say they cannot find welders, the Czech ministry said.", ("Moravia", "CZ")),
        ("Factories in Moravia and Bohemia say they cannot find welders, the Czech ministry said.", ("Bohemia", "CZ")),
        ("Seasonal pickers in Transylvania were housed in barns, Romanian inspectors found.", ("Transylvania", "RO")),
    ],
)
def test_historic_regions(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Crews of Kalden Roads in Angola built the highway from Luanda to Catete.", ("Catete", "AO")),
        ("The road crews in Equatorial Guinea moved from Bata to Mongomo and Niefang.", ("Mongomo", "GQ")),
        ("Dockers at Apapa in Lagos, Nigeria, said the terminal kept their papers.", ("Apapa", "NG")),
        ("The quarry near Kisarawe, outside Dar es Salaam in Tanzania, hired day labourers.", ("Kisarawe", "TZ")),
        ("Fishers in Thiaroye, on the edge of Dakar, Senegal, said boats left at night.", ("Thiaroye", "SN")),
    ],
)
def test_small_towns_of_labour_reports(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


def test_a_namesake_in_another_country_stays_there() -> None:
    found = _places("Rio de Janeiro's Catete district in Brazil has old mansions.")
    assert ("Catete", "AO") not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Home > Laos > Society\n\nWorkers in Shenyang, China, said their passports were held.", ("Laos", "LA")),
        ("Home » Gulf » Qatar\n\nCrews in Dubai said they were unpaid.", ("Qatar", "QA")),
        ("HOME / News / Vietnam\n\nA sewing plant in Dandong, China, hired more women.", ("Vietnam", "VN")),
    ],
)
def test_breadcrumbs_name_no_place(text: str, absent: tuple[str, str]) -> None:
    assert absent not in _places(text)


def test_a_place_after_home_in_prose_stays() -> None:
    assert ("Laos", "LA") in _places("She went home to Laos after the plant in Dandong, China, closed.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The contractor, OOO Tynda-StroiMontazh, denied it. The camp is in Amur Oblast, Russia.", ("Tynda", "RU")),
        ("A manager of Kwanza Sul Edificações said the crews had left Angola.", ("Cuanza Sul", "AO")),
        ("The builder, Bata Constructora, said the men were paid in Equatorial Guinea.", ("Bata", "GQ")),
        ("Workers in the Gulf send money home to Nepal.", ("the Gulf", None)),
    ],
)
def test_firm_names_and_loose_regions_are_no_places(text: str, absent: tuple[str, str | None]) -> None:
    assert absent not in _places(text)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("The airline's offices at Bole, in Addis Ababa, Ethiopia, were expanded.", ("Bole", "ET")),
        ("Cotton pickers in Bole, Xinjiang, China, said the quota was raised.", ("Bole", "CN")),
        ("Trucks cross the Khabarovsk-Vladivostok highway in Russia.", ("Khabarovsk", "RU")),
    ],
)
def test_namesakes_and_hyphenated_places(text: str, present: tuple[str, str]) -> None:
    assert present in _places(text)
