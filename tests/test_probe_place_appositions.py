"""A place named at the end of a speaker phrase may carry its own apposition ("..., said a packer at a cannery in
Salalah, a fishing port on the Arabian Sea"): that chunk tells where the place is and is not part of the speaker,
so the speaker is found and keeps its words. A time before "after" ("..., two drivers said, weeks after the ministry
denied it") ends the attribution like a plain "after". Chunks that describe a person stay. Every text is written
for this test; people and firms are fictional."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse
from labourlens.analyse.place_appositions import describes_place

META = {"published": "2025-03-01", "language": "en"}


def _speakers(text: str) -> list[tuple[str, str]]:
    a = analyse(text, META)
    out = []
    for c in a.claims:
        s = a.source(c.source)
        out.append((s.wording, s.kind))
    return out


@pytest.mark.parametrize("tail,who", [
    ("said a Filipino machine operator at a fish cannery in Salalah, a fishing port on the Arabian Sea",
     "a Filipino machine operator at a fish cannery in Salalah"),
    ("said a Nepali cleaner at a dormitory block in Jebel Ali, an industrial district south of the old harbour",
     "a Nepali cleaner at a dormitory block in Jebel Ali"),
    ("recalled a former cook at a logging camp near Tynda, a railway town in the north of the region",
     "a former cook at a logging camp near Tynda"),
    ("said one Indonesian deckhand on a trawler from Busan, the country's second city",
     "one Indonesian deckhand on a trawler from Busan"),
    ("said a Vietnamese seamstress at a garment workshop in Karvina, a mining town close to the Polish border",
     "a Vietnamese seamstress at a garment workshop in Karvina"),
])
def test_place_apposition_left_out(tail: str, who: str) -> None:
    text = f'Workers describe long days\n\n"They work sixteen hours a day and the manager keeps their passports," {tail}.\n'
    assert _speakers(text) == [(who, "anonymous_source")]


@pytest.mark.parametrize("before,chunk,expected", [
    ("a packer at a plant in Salalah", "a port city on the coast", True),
    ("a welder from Gdynia", "the city's main shipyard", False),  # a possessive: not an apposition of the place
    ("a driver at a plant in Donggang", "a city official", False),  # a person, not the place
    ("Ana Ruiz", "a welder from Cebu", False),  # after a person the chunk is the person's
    ("a cook at the camp", "a town near the border", False),  # no place name before it
    ("a guard at a site outside Ajman", "the smallest of the emirates", False),  # no place noun
])
def test_describes_place(before: str, chunk: str, expected: bool) -> None:
    assert describes_place(before, chunk) is expected


@pytest.mark.parametrize("lead,who", [
    ("two people who work in the industry said, months after the ministry insisted that all such workers had left",
     "two people who work in the industry"),
    ("a bus driver told the paper, weeks before the labour inspectorate closed the site", "a bus driver"),
    ("three former welders said, only days after the contractor denied any abuse", "three former welders"),
    ("residents of the estate said, shortly after police raided a nearby flat", "residents of the estate"),
    ("a union organiser said, days after the shipyard published its annual report", "a union organiser"),
])
def test_time_before_after_ends_attribution(lead: str, who: str) -> None:
    text = f"Plants still use foreign crews\n\nForeign workers are kept in locked dormitories and work twelve-hour shifts, {lead}.\n"
    got = _speakers(text)
    assert got and got[0][0] == who, got


def test_person_apposition_still_kept() -> None:
    text = ('Crews on the site\n\n"They work sixteen hours a day and the manager keeps their passports," said Tomas Berg, '
            "a welder from Gdynia.\n")
    got = _speakers(text)
    assert got and got[0][0].startswith("Tomas Berg"), got
