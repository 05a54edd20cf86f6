"""English paragraphs heavy with names and numbers are recognised without loading the model."""

from __future__ import annotations

import pytest

from labourlens.analyse import language


def _no_model() -> None:
    raise AssertionError("the language model should not be needed here")


def test_name_heavy_english_needs_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_identifier", _no_model)
    # few of the commonest function words: "told", "many", "could", "after", "since" decide it
    text = ("Kestrel Ridge Logistics staff told Nordvik Weekly many Dalian workers could not leave "
            "after March, some since 2021.")
    assert language.detect(text) == "en"
    assert language.paragraph_languages(text + "\n\n" + text, "en") == []


def test_other_languages_still_reach_the_model() -> None:
    text = ("Les ouvriers de l'usine textile travaillent douze heures par jour et ne peuvent pas quitter "
            "le dortoir sans autorisation du gérant, selon un témoin.")
    assert language.detect(text) == "fr"
    de = ("Die Arbeiter der Fabrik müssen zwölf Stunden am Tag arbeiten und dürfen das Gelände nicht "
          "ohne Erlaubnis verlassen, sagte ein Zeuge.")
    assert language.detect(de) == "de"
