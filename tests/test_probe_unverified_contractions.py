"""Notes that something could not be checked, in a contraction ("our desk hasn't been able to confirm ...") and with a
person's account as what was not checked ("could not check the rider's story with anyone else"). A check
that is an event of the story ("passports were not checked at the gate", "he wasn't able to check the boxes") is
no such note. Sentences are written for this test."""

from __future__ import annotations

import pytest

from labourlens.analyse.hedges import unconfirmed_start


@pytest.mark.parametrize("sentence", [
    "Our desk hasn't been able to confirm all of the carers' stories.",
    "The Bulletin hasn\u2019t been able to corroborate the figures the union gave.",
    "The Courier could not check the gardener's account with anyone else.",
])
def test_notes_of_what_could_not_be_checked(sentence: str) -> None:
    assert unconfirmed_start(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Passports were not checked at the gate.",
    "He wasn't able to check the boxes before the van left.",
])
def test_events_are_no_such_notes(sentence: str) -> None:
    assert unconfirmed_start(sentence) is None
