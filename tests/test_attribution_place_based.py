"""Place-based descriptions before a name and dashes before a trailing speaker.

"Dandong-based trader Zhang Li" is a named person called Zhang Li; the hyphen in "Vladivostok-based"
is part of a word, never the dash that sets off a trailing speaker ('... -- a former worker said');
and a dash before a trailing speaker is punctuation, not part of the speaker's wording. Names and
places of work are invented for the tests."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.speakers import classify, name_in


@pytest.mark.parametrize("phrase, name", [
    ("Dandong-based trader Zhang Li", "Zhang Li"),
    ("Vladivostok-based blogger Artyom Sayenko", "Artyom Sayenko"),
    ("a Seoul-born activist Kim Ha-na", "Kim Ha-na"),
])
def test_a_place_based_role_before_a_name_gives_a_named_person(phrase: str, name: str) -> None:
    assert classify(phrase) == "named_person"
    assert name_in(phrase) == name


def test_a_place_based_role_without_a_name_stays_anonymous() -> None:
    assert classify("a Moscow-based correspondent") == "anonymous_source"


@pytest.mark.parametrize("sentence, wording", [
    ("Vladivostok-based blogger Artyom Sayenko wrote on Telegram that about 40 men lived in containers.",
     "Vladivostok-based blogger Artyom Sayenko"),
    ("Harbin-based lawyer Wen Jia wrote in a blog post that the men were never paid.",
     "Harbin-based lawyer Wen Jia"),
])
def test_a_hyphen_inside_a_word_is_not_a_dash_before_a_speaker(sentence: str, wording: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize("sentence", [
    '"They never paid us and kept our passports" - a former worker said.',
    "The men were never paid for three months -- a former worker said.",
    "The men were never paid for three months \u2014 a former worker said.",
])
def test_the_dash_before_a_trailing_speaker_is_not_part_of_the_wording(sentence: str) -> None:
    m = find_mention(sentence)
    assert m is not None and m.wording == "a former worker"
    assert sentence[m.start:m.end] == "a former worker"


@pytest.mark.parametrize("phrase, name", [
    ("Union organiser Mark Camilleri", "Mark Camilleri"),
    ("Welder Tomasz Nowak", "Tomasz Nowak"),
])
def test_a_role_opening_the_sentence_before_a_name_gives_a_named_person(phrase: str, name: str) -> None:
    assert classify(phrase) == "named_person"
    assert name_in(phrase) == name
