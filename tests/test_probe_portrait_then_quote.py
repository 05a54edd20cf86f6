"""A quotation that fills the rest of a paragraph whose first sentence portrays a named person ('Ramesh, 31, from
Jhapa, watched over a car park for a year. "A broker promised me ..."') is that person's, as a paragraph of quotation
after a portrait paragraph is (analyse/attribution.py). Texts written for this test; the people are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_META = {"published": "2026-03-01", "language": "en"}

_TEXT = """Nepali guards in Doha say recruiters deceived them and their wages were cut.

Ramesh, 31, from Jhapa, watched over a hotel car park in Lusail for 11 months. "A broker in Pokhara promised me QAR
1,700 monthly. The papers I signed at the airport gave QAR 1,200. Our foreman says anyone who asks about it goes home."

The guards' employer did not reply to questions."""


def test_the_quote_after_a_portrait_in_one_paragraph_is_the_portrayed_persons() -> None:
    a = analyse(_TEXT, _META)
    sources = {s.key: s for s in a.sources}
    quoted = [c for c in a.claims if "QAR" in c.text or "goes home" in c.text]
    assert quoted
    assert {sources[c.source].wording if c.source in sources else None for c in quoted} == {"Ramesh"}
