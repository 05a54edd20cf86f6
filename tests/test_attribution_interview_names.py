"""Interview answers belong to a person the writer names in passing ("a bricklayer we will call
Han", "identified here by the pseudonym Song"), and "One defector, Ms. Cho" is a named person
(fictional texts)."""

from __future__ import annotations

from collections import Counter

import pytest

from labourlens.analyse.interviewees import interviewee_name
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

ANSWERS = """
Q: How long were your shifts?
A: From six in the morning until ten at night, every day of the week.

Q: And your pay?
A: The contract said 400 dollars a month. The company kept nearly all of it.
"""


@pytest.mark.parametrize("intro, name", [
    ("We talked to a welder we will call Han, who worked at a fictional yard in Nakhodka until 2022.", "Han"),
    ("The interviewee, identified here by the pseudonym Song, welded hulls in Nakhodka for three years.", "Song"),
    ("A former welder, referred to here as Mr Pyon, spoke to us by telephone from Seoul.", "Mr Pyon"),
    ("The man, who goes by the name Chang, welded hulls in Nakhodka for three years.", "Chang"),
])
def test_answers_go_to_the_person_the_writer_names(intro: str, name: str) -> None:
    text = ("North Korean welders in the Russian Far East\n\nNorth Korean workers weld hulls at shipyards in "
            f"Nakhodka.\n\n{intro}\n{ANSWERS}")
    a = analyse(text, {"published": "2024-03-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    answers = Counter((sources[c.source].kind, sources[c.source].wording) for c in a.claims
                      if c.text.startswith("A:"))
    assert answers and all(kind == "named_person" and wording.endswith(name) for kind, wording in answers), answers
    assert len(answers) == 1, "every answer is the same person's"


def test_interviewee_name_takes_the_last_name_given() -> None:
    before = "A cook we will call Ri spoke first. Later we met a driver, identified only as Jo, in Busan."
    assert interviewee_name(before) == "Jo"
    assert interviewee_name("We met a driver in Busan who did not give a name.") is None


@pytest.mark.parametrize("phrase, kind", [
    ("One defector, Ms. Cho", "named_person"),
    ("One former cook, Pak Yong-hui", "named_person"),
    ("one worker", "anonymous_source"),
    ("One source", "anonymous_source"),
    ("one of the workers", "anonymous_source"),
])
def test_one_person_named_in_apposition(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("intro, name", [
    ("Our reporter met Mr. Kang, a 45-year-old former welder, in a cafe in Seoul.", "Mr. Kang"),
    ("Kang (45) welded hulls in Nakhodka for three years before he fled.", "Kang"),
    ("The following conversation with former welder Kang Song-ho took place in Seoul in May.", "Kang Song-ho"),
    ("Kang Song-ho, former welder (Nakhodka, 2016-2019)", "Kang Song-ho"),
])
def test_answers_go_to_the_person_the_introduction_names_in_passing(intro: str, name: str) -> None:
    text = ("North Korean welders in the Russian Far East\n\nNorth Korean workers weld hulls at shipyards in "
            f"Nakhodka.\n\n{intro}\n{ANSWERS}")
    a = analyse(text, {"published": "2024-03-01", "language": "en"})
    sources = {s.key: s for s in a.sources}
    answers = {(sources[c.source].kind, sources[c.source].wording) for c in a.claims if c.text.startswith("A:")}
    assert answers == {("named_person", name)}, answers


def test_places_and_bodies_in_the_introduction_are_not_the_interviewee() -> None:
    from labourlens.analyse.interviewees import intro_person

    assert intro_person("He worked in North Korea and then in Malabo for the Mansudae company.") is None
    assert intro_person("Workers from Equatorial Guinea, Mr. Obiang said, were paid.") == "Mr. Obiang"
