"""Town and region names inside Arabic personal names (probe diag62): "Hassan" before "Al-Aradi" or "bin
Khalid" is a given name, "Sabah" after "Nour Al-" a family name, not the Indian town or the Malaysian state;
after a preposition of place ("in Hassan", "near Al-...") and as a country's name they stay places. Every text
is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.places import find


def _names(text: str) -> set[str]:
    return {p.name for p in find(text)}


@pytest.mark.parametrize("text,absent", [
    ("Cleaners in Manama were not paid, said union secretary Hassan Al-Mutairi.", "Hassan"),
    ("Hassan bin Khalid, a driver in Muscat, said his wages were late.", "Hassan"),
    ("Riders in Kuwait City pay for their bikes, said Nour Al-Sabah, a lawyer.", "Sabah"),
    ("The foreman, Yousef El-Sabah, kept the passports in Doha.", "Sabah"),
])
def test_name_part_is_no_place(text: str, absent: str) -> None:
    assert absent not in _names(text)


@pytest.mark.parametrize("text,present", [
    ("Plantation workers in Sabah said their passports were kept by the company.", "Sabah"),
    ("Migrants from Hassan in Karnataka said they paid agents in Bengaluru.", "Hassan"),
    ("Riders in Kuwait City pay for their bikes, said Nour Haddad, a lawyer.", "Kuwait City"),
])
def test_place_stays(text: str, present: str) -> None:
    assert present in _names(text)


@pytest.mark.parametrize("text,absent", [
    ("Ana Machava, 41, said she was paid in rice near Xai-Xai.", "Machava"),
    ("Maria Beira said the scheme near Xai-Xai paid late.", "Beira"),
])
def test_family_name_after_given_name_is_no_place(text: str, absent: str) -> None:
    assert absent not in _names(text)


def test_town_after_a_preposition_stays() -> None:
    assert "Beira" in _names("Maria left Xai-Xai for Beira, a port city.")


def test_article_name_before_another_article_word_is_one_name() -> None:
    assert "Al Shamal" not in _names("Three cleaners in Doha who spoke to Al-Shamal Al-Youm said they were not paid.")
    assert "Al Shamal" in _names("Three cleaners in Al-Shamal said they were not paid.")
