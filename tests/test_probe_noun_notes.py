"""A plural noun that looks like a reporting verb just before the real verb ("Dr Berg, a nurse who kept case notes,
said ...") is no verb: the speaker is the one named, worded as the text has it (probe diag88). Every text is
written for this test; the people are fictional (places are real)."""

from __future__ import annotations

import pytest

from probe_helpers import speaker

LEAD = "Migrant workers at a date farm in Oman described unpaid wages, debts and passports taken by their employer.\n\n"


@pytest.mark.parametrize("text,name", [
    ("Dr Anna Berg, a labour economist at Lund University who reviewed our interview notes, said the long hours "
     "would likely put these men at risk of injury.", "Dr Anna Berg"),
    ("Anna Berg, a nurse who kept case notes, said the long hours would likely put these men at risk of injury.",
     "Anna Berg"),
    ("Omar Haddad, a clerk who filed the court records, told us the long hours would likely put these men at risk "
     "of injury.", "Omar Haddad"),
])
def test_noun_before_said_is_no_verb(text: str, name: str) -> None:
    wording, kind, _ = speaker(LEAD + text + "\n", "long hours")
    assert wording is not None and wording.startswith(name) and "xxx" not in wording and kind == "named_person"


def test_verb_notes_still_reports() -> None:
    wording, kind, _ = speaker(LEAD + "The union notes that the long hours would likely put these men at risk of "
                               "injury.\n", "long hours")
    assert wording == "The union" and kind == "organization"
