"""First-level regions of Namibia, Mozambique and Zimbabwe, Arabic-article regions written with a hyphen, and a
bare name the text also gives with its level word (probe diag62). A region named like its capital or like a
place elsewhere ("Gaza", "Tete", "Masvingo", "Zambezi") needs its level word; once "Gaza province" is named, a
bare "Gaza" in the same text is that province. Every text is written for this test (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.places import find


def _found(text: str) -> set[tuple[str, str | None, str]]:
    return {(p.name, p.country, p.level) for p in find(text)}


@pytest.mark.parametrize("text,place", [
    ("Trainees came from Rundu in Kavango East and from Swakopmund in Erongo.", ("Erongo", "NA", "admin1")),
    ("Most of the cleaners were recruited in Oshikoto and Ohangwena.", ("Ohangwena", "NA", "admin1")),
    ("Cashew pickers in Nampula province were paid in kind.", ("Nampula", "MZ", "admin1")),
    ("Miners in Cabo Delgado said they were not paid.", ("Cabo Delgado", "MZ", "admin1")),
    ("Farm workers in Mashonaland West were housed in tents.", ("Mashonaland West", "ZW", "admin1")),
    ("Tobacco growers in Matabeleland South sold to a Chinese buyer.", ("Matabeleland South", "ZW", "admin1")),
    ("Date pickers in Al-Dakhiliyah were not paid for months.", ("Ad Dakhiliyah", "OM", "admin1")),
])
def test_region_found(text: str, place: tuple[str, str, str]) -> None:
    assert place in _found(text)


@pytest.mark.parametrize("text,absent", [
    ("Aid convoys waited at the crossing into Gaza for two days.", ("Gaza", "MZ", "admin1")),
    ("The workers crossed the Zambezi by boat.", ("Zambezi", "NA", "admin1")),
    ("He moved to Tete to work at a coal mine.", ("Tete", "MZ", "admin1")),
])
def test_bare_name_is_not_the_region(text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in _found(text)


def test_bare_name_after_its_level_word_is_the_region() -> None:
    text = "Farms | Gaza\n\nRice planters near Xai-Xai in Gaza province said they were paid in rice.\n"
    found = [(p.text, p.name, p.country) for p in find(text)]
    assert ("Gaza", "Gaza", "MZ") in found and not any(c == "PS" for _, _, c in found)
