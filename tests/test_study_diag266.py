"""Probes for the study of heldout266: a newsroom turn label ("REPORTER:", "PRESENTER:") in a broadcast
transcript does not hide the person its sentence introduces. Texts are invented."""

from __future__ import annotations

from labourlens.analyse.introductions import introduction
from labourlens.analyse.pipeline import analyse
from probe_helpers import source_of

_BULLETIN = """HILLTOP COMMUNITY RADIO - NEWS AT SIX, 14 June 2026
Transcript.

ANCHOR: Welcome back. A nurse who worked for two years in Kuwait told us her sponsor never let her keep her own wages.

CORRESPONDENT: Ruth Nabwire, 41, travelled to Kuwait City in 2023 with help from a broker in Jinja. She says the broker promised a hospital post paying 300 dinars a month.

RUTH NABWIRE: Instead I looked after an old man day and night. My sponsor took my passport the week I arrived.
"""


def test_labelled_turn_introduces_aged_name() -> None:
    found = introduction("CORRESPONDENT: Ruth Nabwire, 41, travelled to Kuwait City in 2023.")
    assert found == ("Ruth Nabwire", len("CORRESPONDENT: "))


def test_unlabelled_sentence_unchanged() -> None:
    assert introduction("Ruth Nabwire, 41, travelled to Kuwait City in 2023.") == ("Ruth Nabwire", 0)


def test_speaker_label_is_not_stripped() -> None:
    # a label naming a speaker is that person's own turn, not a newsroom turn: nothing is introduced
    assert introduction("RUTH NABWIRE: Ruth Nabwire, 41, travelled to Kuwait City.") is None


def test_label_without_introduction_stays_none() -> None:
    assert introduction("ANCHOR: The ministry has promised an inquiry into the agencies.") is None


def test_pronoun_after_labelled_introduction_finds_the_named_person() -> None:
    a = analyse(_BULLETIN)
    assert source_of(a, "broker promised").wording == "Ruth Nabwire"
    assert source_of(a, "broker promised").key == source_of(a, "took my passport").key
