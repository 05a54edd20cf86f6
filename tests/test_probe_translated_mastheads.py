"""A translated page whose first line names the paper it comes from ("Al-Noor Weekly (Doha) — Translated from
Arabic by ...", "L'Écho du Kasaï — translated from French") has that paper as its outlet; a first line that
is a headline, or a translation note lower down, names no outlet. Every text is written for this test; papers,
people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.translated_mastheads import votes

BODY = ("\n\nGuards at a compound say they have not been paid for four months\n\n"
        "Doha — Security guards at a residential compound say their employer has kept their passports and has not paid "
        "them since June, according to guards who spoke to the paper this week.\n")


@pytest.mark.parametrize("first,outlet", [
    ("Al-Noor Weekly (Doha) \u2014 Translated from Arabic by Rami Saleh for the Gulf Translation Desk", "Al-Noor Weekly"),
    ("L'\u00c9cho du Kasa\u00ef \u2014 translated from French", "L'\u00c9cho du Kasa\u00ef"),
])
def test_first_line_names_the_paper(first: str, outlet: str) -> None:
    assert analyse(first + BODY, {"language": "en"}).meta.outlet == outlet


@pytest.mark.parametrize("text", [
    "Guards say they are unpaid \u2014 and trapped" + BODY,
    "Guards say they are unpaid" + BODY + "\nTranslated from Arabic by Rami Saleh.\n",
])
def test_no_vote_without_a_translated_first_line(text: str) -> None:
    assert votes(text) == []
