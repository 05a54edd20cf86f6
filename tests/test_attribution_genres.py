"""Attribution in other genres: broadcast transcripts, court filings, signed commentary
written in the first person, and state-media denials."""

from __future__ import annotations

import pytest

from labourlens.analyse.attribution import find_mention
from labourlens.analyse.pipeline import analyse
from labourlens.model import Analysis

META = {"published": "2025-05-01", "language": "en"}


def _speaker(result: Analysis, start: str) -> tuple[str | None, str | None, str]:
    claim = next(c for c in result.claims if c.text.startswith(start))
    src = result.source(claim.source)
    assert src is not None
    return src.wording, src.kind, claim.polarity


TRANSCRIPT = """ANCHOR: Tonight, a look at North Korean workers on Russian building sites.
REPORTER: The men we spoke to said they worked sixteen hours a day on sites in Kazan.
PAK SONG-MIN: We were never paid. The brigade leader kept our passports in his room.
REPORTER: The construction firm did not respond to our questions."""


def test_transcript_label_of_a_person_speaks_the_line() -> None:
    result = analyse(TRANSCRIPT, META)
    assert _speaker(result, "PAK SONG-MIN:")[:2] == ("Pak Song-Min", "named_person")
    # the rest of the line is the same speaker's
    assert _speaker(result, "The brigade leader kept")[:2] == ("Pak Song-Min", "named_person")


def test_reporter_label_is_the_broadcaster_voice() -> None:
    result = analyse(TRANSCRIPT, META)
    assert _speaker(result, "REPORTER: The men we spoke to")[0] == "The men we spoke to"


@pytest.mark.parametrize(
    "line, wording",
    [
        ("KIM OK-SUN (translated): We slept twelve to a room.", "Kim Ok-Sun"),
        ("RI CHOL: The manager took our phones.", "Ri Chol"),
        ("CORRESPONDENT: Officials said the camp had closed.", "Officials"),
    ],
)
def test_transcript_labels(line: str, wording: str) -> None:
    m = find_mention(line)
    assert m is not None and m.wording == wording


@pytest.mark.parametrize(
    "line",
    ["NORTH KOREA: Workers were unpaid for months.", "BREAKING: Workers were beaten at the site.",
     "UPDATE: The plant closed on Monday."],
)
def test_headings_with_colons_are_not_speakers(line: str) -> None:
    assert find_mention(line) is None


COURT = """Prosecutors alleged that the shipyard operator, Baltic Hull Works, paid North Korean welders less than a \
third of the minimum wage.
According to the indictment, the workers' passports were held by a site manager throughout their stay.
The defendants denied the charges, their lawyer said."""


def test_court_filing_speakers() -> None:
    result = analyse(COURT, META)
    assert _speaker(result, "Prosecutors alleged")[0] == "Prosecutors"
    assert _speaker(result, "According to the indictment")[:2] == ("the indictment", "document")
    wording, _, polarity = _speaker(result, "The defendants denied")
    assert wording == "their lawyer" and polarity == "negated"


COMMENTARY = """By Elena Marsh, senior fellow
North Korean workers in China's seafood plants remain largely invisible to buyers.
In my interviews with former workers, I found that most had surrendered their passports on arrival.
I believe the dispatching companies keep up to 70 percent of wages."""


@pytest.mark.parametrize("start", ["In my interviews", "I believe"])
def test_signed_commentary_first_person_is_the_author(start: str) -> None:
    result = analyse(COMMENTARY, META)
    assert _speaker(result, start)[:2] == ("Elena Marsh", "named_person")


def test_commentary_without_first_person_stays_with_outlet() -> None:
    result = analyse(COMMENTARY, META)
    wording, kind, _ = _speaker(result, "North Korean workers in China")
    assert kind == "outlet"


DENIAL = """Reports that North Korean workers are forced to work abroad are groundless, a foreign ministry \
spokesperson said on Tuesday.
The spokesperson said the reports were groundless and fabricated by hostile forces.
North Korea's state news agency denied that workers' wages were confiscated."""


def test_state_media_denials_are_negated_and_attributed() -> None:
    result = analyse(DENIAL, META)
    w1, k1, p1 = _speaker(result, "Reports that North Korean")
    w2, _, p2 = _speaker(result, "The spokesperson said")
    assert (w1, k1, p1) == ("a foreign ministry spokesperson", "official", "negated")
    assert w2 == w1 and p2 == "negated"  # "the spokesperson" is the same source again
    _, _, p3 = _speaker(result, "North Korea's state news agency")
    assert p3 == "negated"
