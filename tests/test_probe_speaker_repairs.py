"""Two repairs of the speaker phrase: a person given with an age between commas ("As Abdullo, 34, put it:")
is worded by the name or noun before the age, never by the age; a closing "as one put it" lends a phrase to
one member of a group but leaves the sentence to the main clause's speaker. Every text is written for this
test; people are fictional (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("text,who", [
    ('As Abdullo, 34, put it: "Your passport is their hostage."', "Abdullo"),
    ('As Rustam, 29, said: "We never left the site."', "Rustam"),
    ('But as Oksana Lee, 44, told us: "Nobody was paid."', "Oksana Lee"),
    ('As one welder, 41, told us: "We never left the yard."', "one welder"),
    ('As Leila, aged 31, put it: "nobody is paid here."', "Leila"),
    ('"We never left," said Kim Ok-sun, 52.', "Kim Ok-sun"),
])
def test_age_is_never_the_speaker(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording.startswith(who), m


@pytest.mark.parametrize("text,who", [
    ('The four former cooks all said they had left children at home, "a guarantee", as one put it.',
     "The four former cooks"),
    ("Several welders said they were locked in at night, as one of them put it.", "Several welders"),
    ('Three drivers told us the gate was locked at ten, "like a prison", as one man put it.', "Three drivers"),
])
def test_trailing_as_one_put_it_keeps_the_group(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording.startswith(who), m


def test_as_one_put_it_alone_still_speaks() -> None:
    m = find_mention('"It was a prison," as one put it.')
    assert m is not None and m.wording == "one"


def test_aged_person_in_a_document() -> None:
    text = ("Migrant builders in Moscow\nNorth Korean and Central Asian workers build housing in Moscow.\n\n"
            'Most of those we met had handed over their passports. As Timur, 38, put it: "The brigadier keeps '
            'the workers\' passports in his car."')
    a = analyse(text, META)
    c = next(c for c in a.claims if "brigadier keeps" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "named_person" and s.wording == "Timur"


@pytest.mark.parametrize("text,who", [
    ("The workers had been told they would earn 300,000 CFA francs a month, he said; one of them later got "
     "nothing.", "he"),
    ("The welders have been told they would be paid at the end of the contract, she said.", "she"),
    ("The cooks were told they would be sent home if they complained, he said.", "he"),
    ("The foreman told them they would be paid, he said.", "The foreman"),
    ("Kim told us the men were beaten, he said.", "Kim"),
])
def test_told_in_the_passive_is_not_the_speaker(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who, m


@pytest.mark.parametrize("text,who", [
    ("All but three workers said their passports had been taken by the employer.", "All but three workers"),
    ("All but one worker said the passports were taken on arrival.", "All but one worker"),
    ("All but two of the women said they had been paid late.", "All but two of the women"),
    ("All but five welders told us the foreman kept their pay.", "All but five welders"),
])
def test_all_but_is_a_count(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who, m


def test_but_still_ends_a_phrase() -> None:
    assert find_mention("Some workers but not the cooks said they were paid.") is None
