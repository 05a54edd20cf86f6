"""Probes (s333): towns, oases and regions of Eritrea, Libya, Niger, Chad, Algeria and Mauritania that reports on
conscription, migrant detention and descent-based slavery name: Tesseney, Ghinda, Dogali, Janzour, Garabulli, Tajoura
(GeoNames "Tājūrā’"), Tamanrasset (GeoNames "Tamanghasset"), Am Djarass, Assamaka, Ingall, Chinguetti, Ouadane,
Tichitt, and Niger's regions with their level word ("Zinder Region"; the bare name stays the town). A common word that
shares no name stays no place. Texts written for these tests."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The lorry left Tesseney in western Eritrea at dawn for the border.", "Tesseney", "ER"),
    ("A checkpoint outside Ghinda in Eritrea stops every bus on the escarpment road.", "Ghinda", "ER"),
    ("The recruits slept in a depot at Dogali in Eritrea.", "Dogali", "ER"),
    ("Two farms east of Garabulli in Libya took men from the warehouse.", "Garabulli", "LY"),
    ("The detention centre in Tajoura was hit in 2019.", "Tajoura", "LY"),
    ("Deportees were driven south from Tamanrasset in Algeria in open trucks.", "Tamanrasset", "DZ"),
    ("The gold rush drew miners to Am Djarass in north-eastern Chad.", "Am Djarass", "TD"),
    ("Expelled migrants walk to Assamaka in Niger across the frontier.", "Assamaka", "NE"),
    ("Herders gather each September at Ingall in Niger for the salt cure.", "Ingall", "NE"),
    ("The old library of Chinguetti in Mauritania keeps its manuscripts in chests.", "Chinguetti", "MR"),
    ("A caravan route once linked Ouadane in Mauritania with the salt mines.", "Ouadane", "MR"),
])
def test_sahel_and_horn_towns_are_found(text: str, name: str, country: str) -> None:
    assert (name, country) in {(p.name, p.country) for p in places.find(text)}


def test_a_niger_region_with_its_level_word_is_the_region_and_the_bare_name_the_town() -> None:
    region = {(p.name, p.level) for p in places.find("Most of the families come from the Zinder Region, near Nigeria.")}
    assert ("Zinder", "admin1") in region
    town = {(p.name, p.level) for p in places.find("The bus stopped in Zinder for an hour.")}
    assert ("Zinder", "admin1") not in town


def test_near_miss_an_english_word_is_no_place() -> None:
    assert not {p.name for p in places.find("They served tea in a shire hall for the ginger festival.")} & {"Ghinda", "Ingall"}
