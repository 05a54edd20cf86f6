"""A page translated from a Pacific language ("Translated from Tongan by ...", from Fijian, from Bislama) gives the
language's ISO 639-1 code; and a prosecution's case to come ("Prosecutors will allege at trial that ...") is hedged, as
"alleged that" is. Every text is written for this test; people and outlets are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2026-02-18", "language": "en"}


@pytest.mark.parametrize("language,code", [("Tongan", "to"), ("Fijian", "fj"), ("Bislama", "bi"), ("Samoan", "sm")])
def test_translated_from_a_pacific_language(language: str, code: str) -> None:
    text = (f"Talanoa Weekly\n\nFruit pickers home from Queensland describe deductions\n\nTranslated from {language} by "
            "Mele Havili\n\nSix pickers who came home to Nuku'alofa this month say their pay was cut every week for "
            "rent and buses.\n")
    assert analyse(text, META).meta.original_language == code


def test_will_allege_is_hedged() -> None:
    text = ("Cleaners at a Darwin hotel say they were paid for half the hours they worked and that their passports were "
            "kept by a supervisor.\n\n"
            "The hotel's owner has been charged with forced labour offences, police said on Monday.\n\n"
            "Prosecutors will allege at trial that some cleaners were paid A$150 for a 60-hour week.\n")
    a = analyse(text, META)
    c = next(c for c in a.claims if "will allege" in c.text)
    assert c.hedged, c
