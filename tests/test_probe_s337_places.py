"""Probes (s337): places of Latin American harvest and workshop reports the gazetteer lacked, a farm named by its kind
word in Portuguese or Spanish (a facility of the country), and a Portuguese form of address before a given name that is
no town ("Dona Lurdes"). Near misses: a lower-case "fazenda" in a sentence names no farm, and a Spanish kind word in
a text that names no Spanish-speaking country is left alone. Texts written for these tests; people and farms are
fictional."""

from __future__ import annotations

from labourlens.analyse import places


def _keys(text: str) -> set[tuple[str | None, str, str]]:
    return {(p.country, p.name, p.level) for p in places.find(text)}


def test_a_brazilian_farm_named_by_its_kind_word_is_a_facility() -> None:
    keys = _keys("Inspectors found 19 men at Fazenda Santa Luzia do Mato, near Patrocínio, Minas Gerais.")
    assert ("BR", "Fazenda Santa Luzia do Mato", "facility") in keys


def test_a_spanish_finca_takes_the_country_the_text_names() -> None:
    keys = _keys("The pickers worked at Finca El Mirador, outside Pitalito, in Huila, Colombia.")
    assert ("CO", "Finca El Mirador", "facility") in keys


def test_a_farm_word_in_lower_case_or_without_a_spanish_country_names_no_farm() -> None:
    assert not any(p.level == "facility" for p in places.find("The fazenda owners in Goiás said little."))
    assert not any(p.level == "facility" for p in places.find("Finca Los Robles was sold last year."))


def test_wine_hills_and_valleys_are_regions() -> None:
    names = {p.name for p in places.find("Crews from Bahia cut grapes across the Serra Gaúcha and in the Ica valley.")}
    assert {"Serra Gaúcha", "Ica Valley"} <= names


def test_towns_and_barrios_the_lists_lacked() -> None:
    names = {p.name for p in places.find("Money shops in Liniers, in Buenos Aires, Argentina, and in Acevedo, in Huila, "
                                         "Colombia, open early.")}
    assert {"Liniers", "Acevedo"} <= names


def test_a_form_of_address_before_a_given_name_is_no_town() -> None:
    assert not any(p.name == "Aparecida" for p in places.find(
        "Bookings: Dona Lurdes, (35) 97777-2222, farm office, Varginha, Minas Gerais."))
