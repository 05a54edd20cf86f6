"""Probes: an aside set off by spaced dashes between an opening name and its reporting verb ('"Uncle Bo" - a
pseudonym for a 50-year-old loader - said ...') leaves the name as the speaker, a person, with the quotes that
follow; a hyphen inside a word is no dash, and a quotation that opens the sentence keeps its marks. Texts written
for these tests; people and firms are fictional (places are real)."""

from __future__ import annotations

from probe_helpers import LEAD, speaker

YARD = LEAD + """Six said they had borrowed money from the foreman.

"Uncle Bo" - a pseudonym for a 50-year-old loader who has worked there since 2021 - said the foreman kept a ledger of debts. "You borrow 2,000 roubles and the ledger says 5,000," he said.

Anna Kim \u2013 not her real name \u2013 told the Courier that her passport was taken.
"""


def test_quoted_pseudonym_before_a_dashed_aside() -> None:
    wording, kind, key = speaker(YARD, "kept a ledger of debts")
    assert (wording, kind) == ("Uncle Bo", "named_person")
    assert speaker(YARD, "the ledger says 5,000")[2] == key
    assert speaker(YARD, "borrowed money")[2] != key


def test_name_before_en_dashes() -> None:
    assert speaker(YARD, "her passport was taken")[:2] == ("Anna Kim", "named_person")


def test_quotation_opening_the_sentence_is_no_name() -> None:
    text = LEAD + '"Never again" - that is what the loggers told the Courier about the yard, a driver said.\n'
    assert speaker(text, "Never again")[0] != "Never again"
