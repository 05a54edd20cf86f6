"""A person introduced by an indefinite count who opens an interview turn written "Name: ..." ("Adjei: One boat
owner told us the loans were a favour.") speaks, as inside a turn labelled in capitals; a turn that goes on with the
speaker's own story ("A guard told us we could not leave") stays the turn speaker's; "It reads in part:" only leads
in to the text below it (probe diag88). Every text is written for this test; people and firms are fictional
(places are real)."""

from __future__ import annotations

from labourlens.analyse.claim_filters import is_lead_in
from labourlens.analyse.colon_turns import inner_speaker
from labourlens.analyse.mentions import find_mention


def test_indefinite_person_opening_a_turn_speaks() -> None:
    text = "Adjei: One boat owner told us the loans were a favour to the crews."
    m = find_mention(text)
    assert m is not None and m.wording == "One boat owner"


def test_turn_speakers_own_story_stays_theirs() -> None:
    text = "Adjei: A guard told us we could not leave the boat."
    m = find_mention(text)
    assert m is not None and m.wording == "Adjei"
    assert find_mention("Adjei: The loans are never paid back.").wording == "Adjei"  # type: ignore[union-attr]


def test_inner_speaker_needs_an_indefinite_opening() -> None:
    assert inner_speaker("Adjei: The owner told us the loans were a favour.", 6, find_mention) is None


def test_reads_in_part_is_a_lead_in() -> None:
    assert is_lead_in("It reads in part:")
    assert is_lead_in("The letter reads, in full:")
    assert not is_lead_in("He read the letter to the men.")
