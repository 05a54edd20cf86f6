"""Places of West Africa (probe s343): first-level regions named with their level word where the bare name is their
capital (Mali's and Guinea's regions, Côte d'Ivoire's cocoa regions, Burkina Faso's centre-west, Ghana's newer regions),
districts of Ghana's cocoa and gold country, quarters of Abidjan, Dakar and Lagos, a border town on the road to Mali and
gold towns that GeoNames' lists lack; a crop and a family name that are also towns elsewhere are no places. Every text
is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.places import find


def _pairs(text: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name) for p in find(text)}


@pytest.mark.parametrize("text,pair", [
    ("Diggers from all over the Kayes Region walk to the pits each dry season.", ("ML", "Kayes Region")),
    ("Traders in the Kankan Region said the price of a gram had doubled.", ("GN", "Kankan Region")),
    ("Plantations across Haut-Sassandra hired more boys than last year.", ("CI", "Haut-Sassandra")),
    ("Growers in the Nawa region say the rains came late.", ("CI", "Nawa")),
    ("Families in the Centre-Ouest region of Burkina Faso sent sons south.", ("BF", "Centre-Ouest")),
    ("Buying agents in the Bono East Region stopped paying cash.", ("GH", "Bono East Region")),
    ("Pit crews in Talensi district said sponsors held their pay.", ("GH", "Talensi")),
    ("Labourers from Sefwi Wiawso and Juaboso were stopped at a checkpoint.", ("GH", "Juaboso")),
    ("Labourers from Sefwi Wiawso and Juaboso were stopped at a checkpoint.", ("GH", "Sefwi Wiawso")),
    ("A maid from Yopougon said her placer took half her wage.", ("CI", "Yopougon")),
    ("Market women in Adjamé run a savings club.", ("CI", "Adjamé")),
    ("Street pupils in Grand-Yoff and Colobane beg near the bus station.", ("SN", "Grand-Yoff")),
    ("Street pupils in Grand-Yoff and Colobane beg near the bus station.", ("SN", "Colobane")),
    ("Drivers on Victoria Island said their employers kept their licences.", ("NG", "Victoria Island")),
    ("Small-scale miners near Nangodi said the shafts flooded.", ("GH", "Nangodi")),
    ("Gold washers around Kéniéba use mercury in open pans.", ("ML", "Kéniéba")),
])
def test_west_african_places(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_crop_and_family_name_are_no_places() -> None:
    pairs = _pairs("The cedi weakened. Cocoa receipts are expected to support it, a dealer in New York said.")
    assert ("US", "Cocoa") not in pairs
    assert ("US", "New York City") in pairs
    pairs = _pairs("Members only \u00b7 5 min read \u00b7 By Ama Owusu in Kumasi and Affou\u00e9 Yao in San-P\u00e9dro")
    assert ("JP", "Yao") not in pairs
    assert ("CI", "San-P\u00e9dro") in pairs
