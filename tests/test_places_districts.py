"""The gazetteer's district layer (labourlens.analyse.district_places): second-level areas with coordinates, read
with evidence only. Short texts of fictional firms and people about real districts."""

from __future__ import annotations

import pytest

from build_script import load_build_script
from labourlens import knowledge
from labourlens.analyse import district_places, places
from labourlens.errors import ConfigError


def _named(text: str, name: str) -> list[places.PlaceMention]:
    return [p for p in places.find(text) if p.name == name]


def test_district_with_its_level_word_has_country_admin1_and_coordinates() -> None:
    [p] = _named("Forty workers from Sonbhadra district were freed by the labour office last week.", "Sonbhadra")
    assert (p.country, p.admin1, p.level, p.text) == ("IN", "Uttar Pradesh", "other", "Sonbhadra")
    assert p.lat is not None and p.lon is not None and 23.5 < p.lat < 25.5 and 82 < p.lon < 84
    assert p.gazetteer_id is not None and p.gazetteer_id.startswith("district:IN-")


def test_district_in_a_document_about_its_country() -> None:
    text = "Indian brokers of the Rawat Placement Agency recruited 40 workers from Nuapada last spring."
    [p] = _named(text, "Nuapada")
    assert (p.country, p.admin1) == ("IN", "Odisha")
    # after its region's possessive, and in a list after a preposition of place
    assert _named("The families came from Odisha's Nuapada after the harvest.", "Nuapada")
    assert _named("Interviews were held in India, in Raipur, Nuapada and Mahasamund.", "Nuapada")


def test_the_same_name_in_a_document_about_elsewhere_is_no_place() -> None:
    assert not _named("A Canadian farm hired 40 workers from Nuapada last spring.", "Nuapada")
    # nor as a part of a firm's or a person's name in a document about its country
    assert not _named("Nuapada Agro Traders Ltd hired them in India.", "Nuapada")
    assert not _named("In India, Mr. Nuapada said the wages were paid.", "Nuapada")


def test_a_district_whose_name_is_a_common_word_is_never_found() -> None:
    # Nepal's Dang district: "dang" is an English word (wordfreq), so the table leaves it out
    assert "dang" not in district_places.table()
    assert not [p for p in places.find("Nepali workers from Dang arrived in Doha in March.") if p.text == "Dang"]


def test_a_hyphenated_district_is_one_place_not_two_towns() -> None:
    found = places.find("Lata Sahu, 34, a worker from Janjgir-Champa district in Chhattisgarh, told us so.")
    names = [p.name for p in found]
    assert "Janjgir-Champa" in names and "Janjgir" not in names and "Champa" not in names
    [p] = [p for p in found if p.name == "Janjgir-Champa"]
    assert p.lat is not None and p.country == "IN"


def test_a_district_named_like_a_city_is_the_city() -> None:
    # Kasur is a GeoNames city: the district layer does not add a second place by that name
    table = district_places.table()
    assert "kasur" not in table
    found = places.find("Kilns in Kasur, Pakistan, resumed firing.")
    assert [p.level for p in found if p.text == "Kasur"] == ["city"]


def test_districts_file_is_what_the_build_script_builds() -> None:
    mod = load_build_script()
    assert mod.build_districts() == knowledge.load_text(district_places.DISTRICTS_FILE), \
        "rebuild the district file: .venv/bin/python scripts/build_gazetteer.py"


def test_malformed_districts_file_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(knowledge, "load_text", lambda name: "name\tcountry\nX\tIN\n")
    with pytest.raises(ConfigError, match="build_gazetteer"):
        district_places._rows()
