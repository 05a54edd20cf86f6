"""The page's outlet from a name that only a cue puts in its voice, when the name ends in a word for a
periodical in English or another language ("told Caspian Monthly", "Irtysh Vestnik could not confirm"),
and from a translation's note on its original ("Original headline in the Amur Evening Gazette: ...").
Outlets, people and firms are fictional; the words are knowledge/mastheads.yaml's."""

from __future__ import annotations

import pytest

from labourlens.analyse.media_words import media_end
from labourlens.analyse.pipeline import analyse

BODY = " Their wages were withheld for months and their passports were kept by the foreman."


def _outlet(text: str) -> str | None:
    return analyse(text, {"published": "2025-02-01", "language": "en"}).meta.outlet


@pytest.mark.parametrize("text,outlet", [
    ("A former cook at the plant told Irtysh Vestnik that Uzbek workers slept in a container.", "Irtysh Vestnik"),
    ("The welder spoke to Caspian Monthly in Aktau.", "Caspian Monthly"),
    ("A driver at the yard told Tumen Sinmun that the crews were locked in at night.", "Tumen Sinmun"),
    ("Two of the women told Kanto Shimbun that they had not been paid since spring.", "Kanto Shimbun"),
])
def test_told_a_periodical(text: str, outlet: str) -> None:
    assert _outlet(text + BODY) == outlet


@pytest.mark.parametrize("text", [
    "A former cook at the plant told the Labour Committee that Uzbek workers slept in a container.",
    "A former cook told Olga Sergeyeva that Uzbek workers slept in a container.",
    "The welder spoke to Caspian Holdings in Aktau.",
])
def test_told_someone_else_gives_no_outlet(text: str) -> None:
    assert _outlet(text + BODY) is None


@pytest.mark.parametrize("note,outlet", [
    ('[Translated from the Russian by Olga Petrova. Original headline in the Amur Evening Gazette: "Loggers unpaid"]',
     "Amur Evening Gazette"),
    ("Translated by Kim Ji-ho. Original article in Yanbian Evening News, 3 May.", "Yanbian Evening News"),
])
def test_original_headline_names_the_translated_outlet(note: str, outlet: str) -> None:
    text = note + "\nLoggers at a camp near Khabarovsk said their pay was withheld for six months." + BODY
    assert _outlet(text) == outlet


def test_named_words_only_where_a_cue_names_the_voice() -> None:
    assert media_end().search("Caspian Weekly")
    assert not media_end().search("Caspian Monthly")  # a masthead line is not read on this word alone
    assert media_end(named=True).search("Caspian Monthly")
    assert media_end(named=True).search("Irtysh Vestnik")
    assert not media_end(named=True).search("Kurier Nadnotecki")  # its paper word opens the name
