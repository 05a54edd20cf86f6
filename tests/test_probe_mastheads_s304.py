"""Mastheads in the paper's own language (probe study-304): a first line in capitals that holds a word for a newspaper
in Italian or Portuguese ("IL MATTINO DEL LAGO", "LAGO DIÁRIO"), and a mixed-case name of that kind alone on the first
line ("La Voz del Valle"), give the outlet though no English media word ends them. Every text is written for this test;
papers and people are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-05-03", "language": "en"}

BODY = """Cronaca | Como e provincia | Lavoro

Menaggio: police find 12 Sikh milkers living in a barn

Two arrested. Workers paid €3 an hour and made to work fourteen hours a day

By Paola Riva | 3 May 2026

Police in Menaggio found twelve Indian workers living in a barn on a dairy farm, the prosecutor said on Tuesday. The workers said their passports had been taken by the farm owner and that they were paid €3 an hour.
"""


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("IL MATTINO DEL LAGO", "il mattino del lago"),
    ("CORRIERE DEL LAGO", "corriere del lago"),
    ("LAGO DIÁRIO", "lago diário"),
    ("La Voz del Valle", "la voz del valle"),
])
def test_own_language_masthead_is_the_outlet(masthead: str, outlet: str) -> None:
    a = analyse(masthead + "\n" + BODY, META)
    assert (a.meta.outlet or "").lower() == outlet


def test_a_first_line_without_a_paper_word_is_no_masthead() -> None:
    a = analyse("Lago Dairy Workers\n" + BODY, META)
    assert a.meta.outlet is None
