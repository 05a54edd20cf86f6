"""Company names with multilingual company words, and names the text calls a company,
are organisations, not people."""

from __future__ import annotations

import pytest

from labourlens.analyse import entities
from labourlens.analyse.speakers import classify


def _types(text: str) -> dict[str, str]:
    return {e.text: e.type for e in entities.find(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tayga Morprodukt, a fishing company in Nakhodka, hired 60 North Korean men.", "Tayga Morprodukt"),
        ("Workers at Amur Stroy said the site never closed.", "Amur Stroy"),
        ("The contractor Sibir Trans brought in 30 welders.", "Sibir Trans"),
        ("Lena Invest paid the agency for every worker.", "Lena Invest"),
        ("Most of the crews were hired by Baikal Servis last spring.", "Baikal Servis"),
        ("A broker named Sinhung Sangsa arranged the visas.", "Sinhung Sangsa"),
        ("The men worked for Dalrybprom Holding near the port.", "Dalrybprom Holding"),
    ],
)
def test_company_words_make_an_organisation(text: str, name: str) -> None:
    assert _types(text).get(name) == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Oleg Zorin, a timber firm based in Khabarovsk, was named in the filing.", "Oleg Zorin"),
        ("The employer, Pavel Grinev, refused to comment.", "Pavel Grinev"),
        ("Anton Belov is a construction contractor with 200 staff.", "Anton Belov"),
    ],
)
def test_called_a_company_prefers_organisation(text: str, name: str) -> None:
    assert _types(text).get(name) == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Lena Petrova, a researcher in Vladivostok, said the men were unpaid.", "Lena Petrova"),
        ("Pavel Orlov, a company spokesman, said the workers were free to leave.", "Pavel Orlov"),
        ("Ivan Sergeev, who runs the plant, said the gates were open.", "Ivan Sergeev"),
    ],
)
def test_people_stay_people(text: str, name: str) -> None:
    assert _types(text).get(name) == "person"


def test_speaker_classification_uses_company_words() -> None:
    assert classify("Tayga Morprodukt") == "organization"
    assert entities.company_name("Amur Stroy")
    assert not entities.company_name("Lena Petrova")
    assert not entities.company_name("Primorsky Krai")
