"""Places of Mexico, Central America and the Caribbean as reports write them (probe 313). Every text is written for
this test; people and firms are fictional (places are real, or invented where the name is said to be a settlement's).

* a town whose official name carries an honour is written without it: "Guaymas" for Heroica Guaymas, "Zimatlán"
  for Zimatlán de Álvarez, "Pochutla" for San Pedro Pochutla;
* a nationality word of the Americas ("Costa Rican", "Cuban") makes a report one about that country, so a small
  town of it after "from" is read;
* a cane cutters' village named "Batey ..." is a place of the Dominican Republic; a farm's "Campo ..." one of
  Mexico in a report on Mexico; a name before "municipality" or "neighbourhood" in a report on Mexico is a place;
* a place's name after a word that opens a Spanish firm's name ("Agropecuaria Mendoza") is the firm's, in a
  letterhead in capitals too.
"""

from __future__ import annotations

import pytest

from labourlens.analyse.places import find


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in find(text)}


def _names(text: str) -> set[str]:
    return {p.name for p in find(text)}


@pytest.mark.parametrize("text,name", [
    ("Mexican shrimp peelers said the plant in Guaymas docked their pay.", "Heroica Guaymas"),
    ("A Mexican picker from Zimatlán said the crew boss kept her card.", "Zimatlán de Álvarez"),
    ("Mexican labourers hired in Pochutla were promised a bed and meals.", "San Pedro Pochutla"),
    ("Mexican labourers hired in Ejutla were promised a bed and meals.", "Heroica Ciudad de Ejutla de Crespo"),
])
def test_town_without_its_honour(text: str, name: str) -> None:
    assert (name, "MX") in _places(text)


@pytest.mark.parametrize("text,place", [
    ("A Costa Rican cook who came from Tilarán said the owner took his papers.", ("Tilarán", "CR")),
])
def test_nationality_word_makes_small_town(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


def test_batey_is_a_dominican_settlement() -> None:
    found = find("Cane cutters at Batey Los Robles say the scale is rigged. "
                 "An older man lives in Batey Piedra Gorda Viejo, outside Higüey.")
    got = {(p.name, p.country, p.level) for p in found}
    assert ("Batey Los Robles", "DO", "other") in got
    assert ("Batey Piedra Gorda Viejo", "DO", "other") in got


def test_campo_is_a_camp_in_a_report_on_mexico() -> None:
    assert ("Campo El Nogal", "MX") in _places("In Michoacán, 200 pickers live on Campo El Nogal, a melon farm.")
    assert not any(n.startswith("Campo") for n in _names("Campo El Nogal hired pickers last year."))


@pytest.mark.parametrize("text,place", [
    ("Police raided a farm in the Navidad municipality of Nayarit on Monday.", ("Navidad", "MX")),
    ("Migrants were held in the Las Palmitas neighbourhood of Puebla, Mexico.", ("Las Palmitas", "MX")),
])
def test_unit_word_names_a_place(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


@pytest.mark.parametrize("text,absent", [
    ("Pickers in Nayarit who supply Agropecuaria Mendoza said they were not paid.", "Mendoza"),
    ("AGROPECUARIA MENDOZA, SA DE CV\nStatement on wages in Nayarit", "Mendoza"),
])
def test_firm_or_person_is_no_place(text: str, absent: str) -> None:
    assert absent not in _names(text)


def test_french_town_with_hyphens() -> None:
    assert ("Anse à Galets", "HT") in _places("A cook from Haiti said she was hired in Anse-à-Galets for hotel work.")


def test_title_case_dateline_line_names_a_town() -> None:
    text = "ACME FARMS\nStatement on wages\nVilla Ocotal, Nayarit, 14 May 2026\n\nOur farms pay every worker."
    assert ("Villa Ocotal", "MX") in _places(text)


def test_neighbourhood_of_a_city() -> None:
    text = "Migrants from Ecuador and Peru were held in the Las Palmas neighbourhood of Veracruz."
    assert ("Las Palmas", "MX") in _places(text)
