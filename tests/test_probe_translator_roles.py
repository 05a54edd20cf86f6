"""A translator credited with a role before the name ("transcribed and translated from Amharic by our volunteer
Lemlem Asfaw", "translated from Tigrinya by a colleague, Ana Reyes") is that person; a credit to a role alone
("translated from Arabic by our correspondent") names no translator. Every text is written for this test;
people and groups are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.translator_forms import find


@pytest.mark.parametrize("text,name", [
    ("We publish the notes, transcribed and translated from Amharic by our volunteer Lemlem Asfaw. Names are changed.",
     "Lemlem Asfaw"),
    ("The letter was translated from Tigrinya by a colleague, Ana Reyes.", "Ana Reyes"),
    ("Translated from Korean by Min Ji-ho.", "Min Ji-ho"),
])
def test_translator_after_a_role(text: str, name: str) -> None:
    assert find(text) == name


def test_role_alone_names_no_one() -> None:
    assert find("The statement was translated from Arabic by our correspondent.") is None


def test_page_translator() -> None:
    text = ("Cedar Helpers Collective — notebook\n\nVoice notes from domestic workers in Beirut\n\n"
            "Each week members send voice notes. We publish a selection, transcribed and translated from Amharic by "
            "our volunteer Lemlem Asfaw. Names are changed.\n")
    assert analyse(text, {"published": "2026-05-02"}).meta.translator == "Lemlem Asfaw"
