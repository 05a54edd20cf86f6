"""A feature introduces a person by one name that is only part of their name ("Ri, who asked that only her
surname be used, worked ..."; "Dmitri, who asked to be identified by his first name only, spent ..."): the
opening is not speech yet, but it is the antecedent of the "he said" / "she said" that follows, not a source
named further up (a group in the standfirst, "three people" in the lede). Every text is written for this test;
people and firms are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}
HEAD = "North Korean builders abroad\nNorth Korean workers are sent to Russia, China and the Gulf by state firms.\n\n"

CASES = [
    ("surname_used", HEAD + "Most of the crew, according to two people who know the site, sleep in containers.\n\n"
     "Ho, who asked that only his surname be used, spent two years on the site in Tomsk. The workers' wages, he said, were "
     "60,000 rubles a month, but the team leader kept them.", "team leader kept them", "Ho"),
    ("first_name_only", HEAD + "Their wages, they say, never reach them.\n\n"
     "Dmitri, who asked to be identified by his first name only, worked at a sawmill near Irkutsk for a year. "
     "\"The foreman locked the North Korean workers in at night,\" he said.", "locked the North Korean workers in", "Dmitri"),
    ("present_tense", HEAD + "Three former cooks described the kitchen to us.\n\n"
     "Sun-mi, who asks that her family name not be used, works twelve hours a day in a restaurant in Shenyang. "
     "The manager holds the workers' passports, she says.", "holds the workers' passports", "Sun-mi"),
    ("requested_not_named", HEAD + "Several workers spoke to us in Dubai.\n\n"
     "Kwame, who requested that his full name not be published, arrived in Doha in 2023. "
     "He said the agency took the workers' phones and passports on the first day.", "took the workers' phones", "Kwame"),
    ("long_name", HEAD + "Workers at the plant, according to a union, are paid late.\n\n"
     "Oksana, who wished to be named only by her first name, sewed coats in Harbin for a year. "
     "\"We were never paid for overtime,\" she said.", "never paid for overtime", "Oksana"),
]


@pytest.mark.parametrize("shape,text,frag,name", CASES, ids=[c[0] for c in CASES])
def test_partly_named_person_is_the_next_pronoun(shape: str, text: str, frag: str, name: str) -> None:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "named_person" and name in (s.wording or ""), (s.wording, s.kind) if s else None


@pytest.mark.parametrize("text,frag", [
    # a place or a clause opener before "who ...": no person introduced, the source named before keeps speaking
    (HEAD + "A driver who delivers to the site said the men sleep in containers. Later, who asked for the keys "
     "was not clear. He said the gate is locked at night.", "gate is locked"),
    (HEAD + "A driver who delivers to the site said the men sleep in containers. In Tomsk, who asked that the names "
     "be used, nobody knew. He said the gate is locked at night.", "gate is locked"),
])
def test_no_person_without_a_name(text: str, frag: str) -> None:
    a = analyse(text, META)
    c = next(c for c in a.claims if frag in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "anonymous_source" and "driver" in (s.wording or "")
