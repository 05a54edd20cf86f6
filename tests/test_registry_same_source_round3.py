"""Same source, round 3: a wire lede names its first speaker by role only ("..., a lawmaker said on
Sunday.") and the next paragraph names that person ("MP Jana Vos told ..."): one source for the whole
document (gold README: a speaker keeps its id for the whole document). Negative cases: "another"
person, a different role, a second person who spoke in between, a gender that does not fit.

All reports here are invented for the tests (fictional people, companies and outlets)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.lede_names import role_fits


def _key(text: str, fragment: str) -> str | None:
    for sent, src in speakers_of(text):
        if fragment in sent:
            return src.key if src else None
    raise AssertionError(f"no sentence contains {fragment!r}")


SAME = [
    ("LISBON (Harbour Wire) — Dozens of fruit pickers from Nepal were housed in a cattle shed near Beja, "
     "an inspector said on Friday.\n\n\"There was no water at all,\" Rui Tavares Lemos, a senior inspector "
     "with the regional labour authority, told Harbour Wire.", "fruit pickers", "no water at all"),
    ("BRASILIA (Plains Wire) — Forty loggers had not been paid for six months, a lawmaker said on "
     "Sunday.\n\nDeputy Clarice Mendonça Ruas told a committee that the men were kept in a camp with "
     "armed guards.", "Forty loggers", "armed guards"),
    ("NAIROBI (East Desk) — Domestic workers placed by an agency in Mombasa were locked in at night, a "
     "former employee said.\n\nThe former driver, Otieno Wekesa Mbugua, said the agency kept every "
     "passport in a safe in its office.", "locked in at night", "passport in a safe"),
    ("ALMATY (Steppe Daily) — Migrant builders at a tower site have complained of unpaid wages, a "
     "regional ombudsman said on Monday.\n\nAigerim Sadykova Nurlanovna, the ombudsman for Almaty "
     "Region, said her office had received 40 complaints.", "unpaid wages", "40 complaints"),
    ("MANILA (Bay Wire) — Seafarers on two trawlers were owed a year of wages, a lawyer said on "
     "Tuesday.\n\nAttorney Ramon Dizon Abueva said the crews had signed contracts they could not read.",
     "a year of wages", "could not read"),
]


@pytest.mark.parametrize("text, lede, later", SAME)
def test_the_lede_role_and_the_named_person_are_one_source(text: str, lede: str, later: str) -> None:
    first, second = _key(text, lede), _key(text, later)
    assert first is not None and first == second


DIFFERENT = [
    # "another" inspector is someone else
    ("LISBON (Harbour Wire) — Dozens of fruit pickers from Nepal were housed in a cattle shed near Beja, "
     "an inspector said on Friday.\n\nAnother inspector, Rui Tavares Lemos, said there was no water at "
     "all.", "fruit pickers", "no water at all"),
    ("LISBON (Harbour Wire) — Dozens of fruit pickers from Nepal were housed in a cattle shed near Beja, "
     "an inspector said on Friday.\n\nRui Tavares Lemos, a second inspector with the regional labour "
     "authority, said there was no water at all.", "fruit pickers", "no water at all"),
    # a different role: the lawmaker is not the lawyer
    ("BRASILIA (Plains Wire) — Forty loggers had not been paid for six months, a lawmaker said on "
     "Sunday.\n\nClarice Mendonça Ruas, a lawyer for the men, said they were kept in a camp with armed "
     "guards.", "Forty loggers", "armed guards"),
    # someone else spoke in between: the named person is not tied back to the lede
    ("NAIROBI (East Desk) — Domestic workers placed by an agency in Mombasa were locked in at night, a "
     "former employee said.\n\nA neighbour said she often heard crying from the house.\n\nThe former "
     "driver, Otieno Wekesa Mbugua, said the agency kept every passport in a safe.", "locked in at night",
     "passport in a safe"),
    # a former employee is not a current one
    ("NAIROBI (East Desk) — Domestic workers placed by an agency in Mombasa were locked in at night, a "
     "former employee said.\n\nOtieno Wekesa Mbugua, a driver who still works for the agency, said "
     "every passport was kept in a safe.", "locked in at night", "passport was kept"),
]


@pytest.mark.parametrize("text, lede, later", DIFFERENT)
def test_a_different_person_keeps_a_source_of_their_own(text: str, lede: str, later: str) -> None:
    assert _key(text, lede) != _key(text, later)


@pytest.mark.parametrize("head, lede, named, fits", [
    ("lawmaker", "a lawmaker", "MP Jana Vos", True),
    ("lawmaker", "a lawmaker", "Senator Ilse Brandt", True),
    ("official", "an official", "Deputy Minister Tomas Hale", True),
    ("ombudsman", "a regional ombudsman", "Sara Lind, the ombudsman for the region", True),
    ("employee", "a former employee", "The former cook, Ana Brito", True),
    ("employee", "a former employee", "Ana Brito, a cook at the hotel", False),
    ("lawmaker", "a lawmaker", "Jana Vos, a researcher", False),
    ("source", "a source", "Jana Vos, a trader", False),
])
def test_role_families(head: str, lede: str, named: str, fits: bool) -> None:
    assert role_fits(head, lede, named) is fits
