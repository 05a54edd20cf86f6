"""Study 348 (mining for the energy transition): the localities artisanal-mining reports place pits, camps and smelters
by (communes of Copperbelt towns, smelter villages of Sulawesi, Bolivia's silver mountain and its mine levels, mica
communes and the region of southern Madagascar), a port town by its colonial name, a gold town named with its river,
and a small town read through a district level word after it ("from the X and Y districts"). Every text is written
for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse import places, sentences


def _places(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in places.find(text, sentences.split(text))}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ore sorters in Kikula, a commune of Likasi, sell to the depots by the rail line.", ("Kikula", "CD")),
        ("The brass band from Shituru led the parade through Likasi.", ("Shituru", "CD")),
        ("Diggers at Mutoshi, west of Kolwezi, pay a fee at the barrier.", ("Mutoshi", "CD")),
        ("Haul roads from Musonoi to the Kolwezi smelters are busy at night.", ("Musonoi", "CD")),
        ("Fishermen on Lake Tshangalele sell their catch in Likasi.", ("Lake Tshangalele", "CD")),
        ("The nickel plant at Morosi, in Konawe, hired 400 drivers.", ("Morosi", "ID")),
        ("Miners climb the Cerro Rico above Potosí before sunrise.", ("Cerro Rico", "BO")),
        ("A guide took visitors down the Pailaviri mine in Potosí, Bolivia.", ("Pailaviri", "BO")),
        ("Tin from the Colquechaca mines of Bolivia goes to Oruro.", ("Colquechaca", "BO")),
        ("Mica pickers from Esira sort flakes by hand for exporters in Madagascar.", ("Esira", "MG")),
        ("Collectors drive sacks from Tranomaro, Madagascar, to the coast.", ("Tranomaro", "MG")),
        ("Sapphire and mica diggers in the Anosy region of Madagascar earn little.", ("Anosy", "MG")),
        ("The mica is trucked to the port of Fort-Dauphin in Madagascar.", ("Tôlanaro", "MG")),
        ("Dredging crews near Dunkwa-on-Offin in Ghana sleep on their boats.", ("Dunkwa", "GH")),
        # a small town read through the district level word after it, alone or after a list of names
        ("Young men from the Mutoko and Mudzi districts of Zimbabwe dig at the claim.", ("Mutoko", "ZW")),
        ("Silver from the Porco district of Bolivia goes to a mill in Potosí.", ("Porco", "BO")),
    ],
)
def test_mining_localities(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a small town with no level word and no preposition of place stays out, as before
        ("Young men who left Mutoko for the claim say the pay is poor in Zimbabwe.", ("Mutoko", "ZW")),
        # an animal and a restaurant chain are no commune of Likasi
        ("A giant panda was born at the zoo; Panda Express opened a new branch.", ("Panda", "CD")),
    ],
)
def test_near_misses_stay_out(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _places(text)
