"""Speakers whose names carry accented letters (probe diag37-g): "Zieliński said ...", "Nguyễn Văn Đức, a
former welder, said ...", "the foreman, Łukasz Wójcik, told ..." are found as "Zielinski said" would be, and keep
their own letters in the speaker's wording. Every text is written for this test; people and firms are fictional
(places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.quoted_names import fold_letters, own_letters

META = {"published": "2025-03-01", "language": "en"}
H = "Welders held at a Baltic yard\nNorth Korean welders worked at a shipyard near Gdańsk until 2019.\n\n"


@pytest.mark.parametrize("sentence,name", [
    ("Zieliński said the welders' passports were kept in the yard office.", "Zieliński"),
    ("Nguyễn Văn Đức, a former welder, said the welders' passports were kept in the yard office.", "Nguyễn Văn Đức"),
    ("The welders' passports were kept in the yard office, said Øystein Håland, a union organiser.", "Øystein Håland"),
    ("Şükrü Çelik told the court that the welders' passports were kept in the yard office.", "Şükrü Çelik"),
])
def test_accented_name_speaks_in_its_own_letters(sentence: str, name: str) -> None:
    a = analyse(H + sentence + "\n", META)
    c = next(c for c in a.claims if "passports were kept" in c.text)
    src = a.source(c.source)
    assert src is not None and (src.wording or "").startswith(name) and src.kind == "named_person"


def test_folding_keeps_length_and_leaves_other_characters() -> None:
    s = "Łukasz Wójcik \u201csaid\u201d \u2014 50 z\u0142 \u00a9"
    out = fold_letters(s)
    assert len(out) == len(s) and out.startswith("Lukasz Wojcik \u201csaid\u201d \u2014") and out.endswith("\u00a9")
    assert fold_letters("plain ascii") == "plain ascii"


def test_own_letters() -> None:
    assert own_letters("Marek Zielinski", "its director, Marek Zieliński, said") == "Marek Zieliński"
    assert own_letters("the director", "its director, Marek Zieliński, said") == "the director"
