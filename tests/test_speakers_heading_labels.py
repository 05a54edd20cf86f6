"""Heading and question-line fragments never speak; a work group's leader is a person, not a company."""

from __future__ import annotations

import pytest

from labourlens.analyse.heading_labels import cut_fragment
from labourlens.analyse.pipeline import analyse
from labourlens.analyse.speakers import classify


@pytest.mark.parametrize("phrase", [
    "EXCERPT FROM THE",
    "TRANSCRIPT OF THE",
    "Q. Ms. Dube, you never",
    "Q: Mr. Osei, the agency",
    "SUMMARY OF THE",
])
def test_fragments_are_not_speakers(phrase: str) -> None:
    assert cut_fragment(phrase)
    assert classify(phrase) is None


@pytest.mark.parametrize("phrase, kind", [
    ("The group leader", "anonymous_source"),
    ("our brigade leader", "anonymous_source"),
    ("the Ministry of Labour", "official"),
    ("Quentin Abara", "named_person"),
    ("A former cashier at Company B", "anonymous_source"),
    ("WORKERS AT THE PLANT", "anonymous_source"),
])
def test_real_speakers_stay(phrase: str, kind: str) -> None:
    assert not cut_fragment(phrase)
    assert classify(phrase) == kind


def test_heading_line_does_not_take_a_later_speaker() -> None:
    text = (
        "REGIONAL COURT — EXCERPT FROM THE RECORD (translation for counsel)\n"
        "Hearing of 4 March 2024, Szczecin\n\n"
        "WITNESS: PAK SONG-IL, former fitter\n\n"
        "Q. Who kept your passport?\n"
        "A. The brigade leader kept all our passports in his safe. We worked twelve hours a day.\n"
        "Q. Could you leave the hostel?\n"
        "A. Only with the group. The group leader said anyone who walked out alone would be "
        '"sent back home in a box."\n'
    )
    a = analyse(text)
    src = {s.key: s for s in a.sources}
    words = [w for w in (s.wording or "" for s in src.values())]
    assert not any("EXCERPT" in w for w in words)
    said = [c for c in a.claims if "in a box" in c.text]
    assert said and src[said[0].source].wording == "The group leader"
    assert src[said[0].source].kind == "anonymous_source"
