"""Forced portering as a report's subject, and the places of such reports (study s346): a post that tells of villagers
seized as porters by a unit yields claims though it never says "forced labour"; a hotel's porters do not make a story a
report. Eritrea's regions and service camps, a Myanmar township seat and a North Korean county are in the gazetteer.
Every text is invented for this test (people and units fictional, places real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.places import find

META = {"language": "en"}

POST = """Notes from the border, 12 Oct 2026

Two farmers from a hamlet near Hakha were seized as porters by an army column last month and came home only this week.
They hauled rice and shells over the hills for sixteen days and none of them received a cent.
A sergeant kicked the younger one when he sat down.
"""

HOTEL = """The Grand Lakeside reopens

The hotel reopened on Friday after a long refit. Its porters wear new uniforms and the lobby has a new bar.
Rooms start at 90 dollars a night.
"""


def test_portering_post_yields_claims() -> None:
    a = analyse(POST, META)
    assert any("sixteen days" in c.text for c in a.claims)


def test_hotel_porters_stay_quiet() -> None:
    a = analyse(HOTEL, META)
    assert not a.claims


@pytest.mark.parametrize("text,place", [
    ("Conscripts from Anseba and Maekel were sent west to clear fields.", ("Anseba", "ER")),
    ("Cotton farms in Gash-Barka took the new intake.", ("Gash-Barka", "ER")),
    ("In Eritrea the recruits trained at Sawa before their posting.", ("Sawa", "ER")),
    ("A road crew left Adi Quala, in southern Eritrea, at dawn.", ("Adi Quala", "ER")),
    ("Three men from Myaing in Myanmar were held at a school.", ("Myaing", "MM")),
    ("North Korean youth brigades were sent to Pochon County for the harvest.", ("Pochon County", "KP")),
])
def test_place_found(text: str, place: tuple[str, str]) -> None:
    assert place in {(p.name, p.country) for p in find(text)}
