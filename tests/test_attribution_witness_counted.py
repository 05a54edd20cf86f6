"""In a witness's turn of a hearing transcript, people the witness's own team counted ("Several told us ...",
"Nearly half told us ...", "Workers tell us that ...") report what the witness's interviews found: the turn stays
the witness's. A person the witness describes ("A guard told us ...") is still that person. Names and bodies are
invented for the tests (places are real)."""

from __future__ import annotations

import pytest

from attribution_helpers import speakers_of
from labourlens.analyse.interviewees import told_the_witness
from labourlens.analyse.speakers import Mention

HEARING = """HEARING BEFORE THE COMMITTEE ON MIGRANT LABOUR
(Excerpt from the transcript, 4 June 2025)

MR. HALVORSEN [Chair]: I now recognise our witness. Ms. Adeyemi, please begin.

MS. ADEYEMI [Director, Harbour Workers Aid]: Thank you. Last year my organisation interviewed 90 fishermen who had worked on vessels landing in Busan. {line}

MR. HALVORSEN: Did anyone describe violence?

MS. ADEYEMI: Some did. {second}
"""


@pytest.mark.parametrize(("line", "fragment"), [
    ("Several told us the captain kept their passports in a locked drawer.", "locked drawer"),
    ("Nearly half told us they were paid only at the end of the season.", "end of the season"),
    ("Most of them told us the crew slept in shifts in one cabin.", "one cabin"),
])
def test_counted_interviewees_stay_the_witness(line: str, fragment: str) -> None:
    text = HEARING.format(line=line, second="Workers tell us that a man who complains is put ashore at the next port.")
    got = {t: s for t, s in speakers_of(text)}
    own = next(s for t, s in got.items() if fragment in t)
    later = next(s for t, s in got.items() if "put ashore" in t)
    assert own is not None and own.wording is not None and "Adeyemi" in own.wording
    assert later is not None and later.key == own.key


def test_a_described_person_in_the_turn_is_still_that_person() -> None:
    text = HEARING.format(line="The owners say the men are free to leave.",
                          second="A deckhand from Ghana told us the mate beat him with a rope.")
    src = next(s for t, s in speakers_of(text) if "with a rope" in t)
    assert src is not None and src.wording is not None and "deckhand" in src.wording


@pytest.mark.parametrize(("wording", "sentence", "expected"), [
    ("Several", "Several told us the gate was locked at night.", True),
    ("Workers", "Workers tell us that wages arrive late.", True),
    ("A guard", "A guard told us the gate was locked at night.", False),
    ("Several", "Several said the gate was locked at night.", False),
])
def test_told_the_witness_for_counted_people(wording: str, sentence: str, expected: bool) -> None:
    m = Mention(wording, 0, len(wording), "said")
    assert told_the_witness(m, sentence) is expected
