"""Two shapes of attribution in translated regional reports (diag89): one of a group named by a given name and the
initial of the surname ("According to one of them, Pavel K., ...") is that named person, the initial keeping its
period; and a time adverbial between the speaker and the verb ("The regional government has in the past said that
...", "The firm has for years denied ...") does not break the attribution. Every text is written for this test;
people and firms are fictional (places and institutions are real)."""

from __future__ import annotations

import sys
from pathlib import Path

from labourlens.analyse.kin_names import apposed_chunk
from labourlens.analyse.mentions import find_mention

sys.path.insert(0, str(Path(__file__).parent))
from probe_helpers import speaker  # noqa: E402

LEAD = "Migrant loggers at a timber camp in Khabarovsk Krai say they were not paid for months.\n\n"


def test_one_of_them_named_by_a_given_name_and_an_initial() -> None:
    text = LEAD + "According to one of them, Pavel K., the foreman kept their passports in a locked safe at the camp.\n"
    wording, kind, _ = speaker(text, "kept their passports")
    assert wording is not None and "Pavel K." in wording and kind == "named_person"


def test_one_of_them_without_a_name_stays_unnamed() -> None:
    text = LEAD + "According to one of them, the foreman kept their passports in a locked safe at the camp.\n"
    assert speaker(text, "kept their passports")[1] == "anonymous_source"


def test_the_period_of_an_initial_is_kept_but_not_a_sentence_end() -> None:
    assert apposed_chunk(" Pavel K.") == " Pavel K."
    assert apposed_chunk(" the foreman.") == " the foreman"
    assert apposed_chunk(" Pavel Kozlov;") == " Pavel Kozlov"


def test_a_time_adverbial_between_speaker_and_verb() -> None:
    m = find_mention("The regional government has in the past said that no foreign loggers work without permits.")
    assert m is not None and m.wording == "The regional government"
    m = find_mention("The timber company has for years denied that its crews work unpaid overtime.")
    assert m is not None and m.wording == "The timber company"
