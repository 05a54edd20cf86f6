"""Probes (session 37, from heldout382's study): casework notes that name each case by its number and, on the line
below, the person's initials with an age ("Case 2." then "K., 31, Nepali, bakery") are anonymised cases: the
description line is a label, not a claim; the initials are an anonymous source; a "she" or "he" telling the
paragraph under it is that case's. Near misses: initials met without a case heading stay a pseudonym's named person,
and a case headed by a changed name keeps it. Every text is written for this test; people and firms are fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse
from probe_helpers import LEAD, META, speaker

NOTES = """Casework notes: garment workshops

We opened 30 files this quarter.

Case 1.
K., 31, Nepali, knitting workshop, Kiryu

K. arrived in 2024 after paying a broker. She told us that the owner of Ashford Knitwear kept her passport in a safe.

Case 2.
M., 26, Burmese, dye house, Ota

M. told us he worked from 8 a.m. to midnight in the dye house for six weeks.
"""


def test_the_pronoun_under_the_case_is_the_case_s() -> None:
    wording, kind, _ = speaker(NOTES, "kept her passport in a safe")
    assert wording == "K." and kind == "anonymous_source"


def test_initials_opening_the_sentence_are_an_anonymous_source() -> None:
    wording, kind, _ = speaker(NOTES, "worked from 8 a.m. to midnight")
    assert wording == "M." and kind == "anonymous_source"


def test_the_description_line_is_no_claim() -> None:
    a = analyse(NOTES, META)
    assert not any(c.text.startswith("K., 31") or c.text.startswith("M., 26") for c in a.claims)


def test_initials_without_a_case_heading_stay_named() -> None:
    text = LEAD + "K. told us the foreman kept her passport and she worked from 8 a.m. to midnight for six weeks."
    wording, kind, _ = speaker(text, "kept her passport")
    assert wording == "K." and kind == "named_person"
