"""Speakers named the way regional Russian and Central Asian reports name them (diag89): a plant's director given by
a Russian given name and surname is one person, the "He added" after him ("The plant's director, Gennady Vorobyov,
... He added that ..."), and one of a group named by one name in apposition with a note about the name ("One of the
cutters, Dilnoza (she asked that her surname be left out), met us ...") is the "she" of the quotation that follows.
Every text is written for this test; people and firms are fictional (places are real)."""

from __future__ import annotations

import sys
from pathlib import Path

from labourlens.analyse.source_backrefs import given_name

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speaker  # noqa: E402

LEAD = ("Migrant workers from Uzbekistan at a Nakhodka fish plant say their passports were taken and their wages withheld "
        "for months.\n\n")


def test_russian_and_central_asian_given_names_are_known() -> None:
    for name in ("Gennady", "Valery", "Konstantin", "Sherzod", "Farrukh", "Aigerim", "Dilnoza", "Zarina", "Bakhtiyor"):
        assert given_name(name), name
    assert not given_name("Pogranichnaya") and not given_name("Korsakov")


def test_he_added_goes_back_to_the_named_director() -> None:
    text = LEAD + ("The plant's director, Gennady Vorobyov, called the complaint \"a lie.\" \"Nobody keeps anyone's passports,\" "
                   "Vorobyov told the paper. He added that the workers are paid in full every month.\n")
    wording, kind, _ = speaker(text, "paid in full")
    assert wording is not None and "Vorobyov" in wording and kind == "organization"


def test_one_of_a_group_named_by_one_name_is_the_she_who_speaks() -> None:
    for note in ("(surname withheld)", "(she asked that her surname be left out)"):
        text = LEAD + (f"One of the cutters, Dilnoza {note}, met our reporter at the market. "
                       "\"We work fourteen hours when the trawler is in and nobody pays us for the extra hours. "
                       "They took our passports in the first week,\" she said.\n")
        wording, kind, _ = speaker(text, "took our passports")
        assert wording is not None and "Dilnoza" in wording and kind == "named_person", note


def test_one_of_a_group_with_no_name_stays_unnamed() -> None:
    text = LEAD + ("One of the cutters met our reporter at the market. \"They took our passports in the first week,\" "
                   "she said.\n")
    assert speaker(text, "took our passports")[1] == "anonymous_source"
