"""Probes (s338): districts, rural municipalities, suburbs and towns of Pakistan, India, Nepal and Bangladesh that
reports of bonded labour at kilns, mills and farms name and the gazetteer lacked, with the spellings reports
use ("Janakpurdham", "Redhills"). Near miss: "red hills" in lower case is a landscape, not the Chennai suburb.
Sentences written for these tests; the people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import places


def _names(text: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name) for p in places.find(text)}


@pytest.mark.parametrize(("text", "key"), [
    ("Recruiters from a kiln in Badin picked up Kolhi families across Tharparkar in October.", ("PK", "Tharparkar")),
    ("The ward office in Tilathi Koiladi keeps no record of the loans.", ("NP", "Tilathi Koiladi")),
    ("Inspectors visited 12 rice mills in Gummidipoondi block last month.", ("IN", "Gummidipoondi")),
    ("Stone crushers in Redhills, on the edge of Chennai, employ crews from Odisha.", ("IN", "Red Hills")),
    ("Moulders from Munshiganj, Bangladesh, travel to the kilns each November.", ("BD", "Munshiganj")),
    ("A brick yard on the canal road at Ferozewala, Punjab, Pakistan, was raided.", ("PK", "Ferozewala")),
    ("The bus from Chachro to Mithi in Sindh runs twice a day.", ("PK", "Chachro")),
    ("Buses to Mahendranagar, Nepal, were full before the festival.", ("NP", "Mahendranagar")),
])
def test_south_asian_places_the_gazetteer_lacked(text: str, key: tuple[str, str]) -> None:
    assert key in _names(text)


def test_red_hills_in_lower_case_is_a_landscape() -> None:
    assert ("IN", "Red Hills") not in _names("The road to Chennai, India, winds through dry red hills.")
