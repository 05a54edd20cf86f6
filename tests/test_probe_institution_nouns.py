"""Nouns the speaker lexicon lacked: a college, an academy or a hospital answering for itself is an
``organization`` while a person working there stays an ``anonymous_source``; hyphenated "time-sheets" are a
``document``; a sentence that opens on a preposition ("Following press reports ...", "Despite reports ...") or on
"Most estimates put the number at ..." names nobody who spoke. Every text is written for this test; names are
fictional (places and institutions are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.mentions import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify

META = {"published": "2025-03-01", "language": "en"}


@pytest.mark.parametrize("phrase,kind", [
    ("The college", "organization"),
    ("the agricultural college in Blagoveshchensk", "organization"),
    ("The hospital", "organization"),
    ("the academy", "organization"),
    ("a college administrator", "anonymous_source"),
    ("a lecturer at the academy", "anonymous_source"),
    ("a nurse at the hospital", "anonymous_source"),
    ("college students", "anonymous_source"),
    ("Time-sheets for the crew", "document"),
    ("the time-sheet", "document"),
])
def test_institution_and_record_nouns(phrase: str, kind: str) -> None:
    assert classify(phrase) == kind


@pytest.mark.parametrize("text", [
    "Following press reports in May that North Korean welders worked at the yard, the firm ordered an audit.",
    "Despite reports that the workers were paid, nobody at the site had seen a pay slip.",
    "Most estimates put the number of North Korean workers in Russia at 10,000 to 15,000.",
    "Some estimates place the number of workers at 20,000.",
])
def test_no_speaker(text: str) -> None:
    m = find_mention(text)
    assert m is None or m.wording.lower() not in ("following press", "despite reports", "most", "some"), m


@pytest.mark.parametrize("text,who", [
    ("Following the raid, police said 40 workers had been found in the basement.", "police"),
    ("Most analysts estimate the number of workers at 10,000.", "Most analysts"),
    ("The ministry estimates the number at 5,000.", "The ministry"),
])
def test_speakers_kept(text: str, who: str) -> None:
    m = find_mention(text)
    assert m is not None and m.wording == who


def test_college_in_a_broadcast() -> None:
    text = ("Soybean brigades\nNorth Korean workers harvest soybeans on farms in the Amur region.\n\n"
            "REPORTER: The college confirmed it had enrolled forty North Korean workers as trainees but would "
            "not say where they work.")
    a = analyse(text, META)
    c = next(c for c in a.claims if "enrolled" in c.text)
    s = a.source(c.source)
    assert s is not None and s.kind == "organization" and "college" in (s.wording or "").lower()
