"""A region named with its country's possessive ("Pakistan's Punjab province") is that country's; a surname after
a hyphenated given name ("Mr Jean-Luc Kasongo") is no town; and a newspaper named in its own language ("Sauti
ya Pwani", "Habari za Pwani") names no place by its words. A town of that name written as a place stays one.
Every text is written for this test; people and papers are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.places import find


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in find(text)]


@pytest.mark.parametrize("text,want", [
    ("The riders come from Pakistan's Punjab province and from Kerala in India.", ("Punjab", "PK")),
    ("The riders come from India's Punjab and from Kerala.", ("Punjab", "IN")),
])
def test_possessive_country_decides_region(text: str, want: tuple[str, str]) -> None:
    assert want in _places(text)


def test_hyphenated_given_name_then_surname() -> None:
    got = _places("In Kolwezi, Congo, the labour minister, Mr Jean-Luc Kasongo, said the site would be inspected.")
    assert all(name != "Kasongo" for name, _ in got), got
    assert ("Kasongo", "CD") in _places("He was born in Kasongo, in Congo.")


@pytest.mark.parametrize("text", [
    "Habari za Pwani reported that the crews in Dar es Salaam, Tanzania, were never paid.",
    "According to Sauti ya Pwani, the crews in Dar es Salaam, Tanzania, were never paid.",
])
def test_paper_names_name_no_place(text: str) -> None:
    got = _places(text)
    assert ("Dar es Salaam", "TZ") in got and all(name != "Pwani" for name, _ in got), got

