"""A body named first by a headline's label and then in full in the story is worded by its full name. Bodies and
places are invented for the tests (places are real)."""

from __future__ import annotations

import pytest

from labourlens.analyse.headline_labels import full_names_for_labels
from labourlens.analyse.pipeline import analyse
from labourlens.model import Source

STORY = """{label}: claims of forced labour at fish plants are "groundless"

HARBIN, May 3 -- {full} on Tuesday rejected what it called groundless reports about foreign workers at fish plants.

A spokesperson for the bureau said that workers at the plants enjoy rest days and are paid in full every month.
"""


@pytest.mark.parametrize(("label", "full"), [
    ("Harbin labour bureau", "The Harbin Municipal Bureau of Human Resources and Social Security"),
    ("Heilongjiang commerce office", "The Heilongjiang Provincial Department of Commerce"),
])
def test_a_headline_label_gives_way_to_the_full_name(label: str, full: str) -> None:
    a = analyse(STORY.format(label=label, full=full), {"published": "2025-05-03", "language": "en"})
    wordings = {s.wording for s in a.sources}
    assert full in wordings
    assert not any(w and w.endswith(":") for w in wordings)


def test_a_label_without_a_fuller_name_keeps_its_wording() -> None:
    src = Source("S1", "Harbin labour bureau:", "official", spans=[(0, 21), (100, 110)])
    text = "Harbin labour bureau: x" + " " * 77 + "the bureau" + " rest"
    assert full_names_for_labels(text, [src])[0].wording == "Harbin labour bureau:"


def test_a_person_labelled_in_a_transcript_is_left_alone() -> None:
    text = "KIM: We were never paid.\n\nKim Young-ho Park said later ..."
    src = Source("S1", "KIM:", "named_person", spans=[(0, 4), (26, 43)])
    assert full_names_for_labels(text, [src])[0].wording == "KIM:"
