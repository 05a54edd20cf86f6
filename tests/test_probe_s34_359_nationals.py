"""Probes (s34, heldout359): one more person told apart by nationality ("Another Nigerian, from Kano", "One Malian,
19", "A Gambian") is an unnamed source, not a person's name; West African nationality words are known. Near misses: a
nationality with a name after it stays a named person, and one before a firm's noun an organisation. The examples are
invented."""

from __future__ import annotations

from labourlens.analyse.place_rules import demonym_countries
from labourlens.analyse.speakers import classify


def test_one_more_person_by_nationality_is_an_unnamed_source() -> None:
    assert classify("Another Nigerian, from Kano") == "anonymous_source"
    assert classify("One Malian, 19") == "anonymous_source"
    assert classify("A Gambian") == "anonymous_source"
    assert classify("A second Ivorian, who asked not to be named") == "anonymous_source"


def test_a_nationality_with_a_name_or_a_firms_noun_is_left_alone() -> None:
    assert classify("A Nigerian, Ade Bello") == "named_person"
    assert classify("A Nigerian firm") == "organization"


def test_west_african_nationality_words_are_known() -> None:
    assert demonym_countries("Malian") == {"ML"}
    assert demonym_countries("Burkinabè") == {"BF"}
    assert demonym_countries("Ivorian") == {"CI"}
    assert demonym_countries("Mauritanian") == {"MR"}
