"""Probes (session 34, lead, from heldout363's study): a first-person account under an "As told to" line whose closing
editor's note names the teller by a changed name ("Editor's note: Maya is a pseudonym.") is the teller's, up to
that note. Near miss: the same account whose closing note names nobody keeps the page's voice. Texts written for these
tests; every name is fictional."""

from __future__ import annotations

from attribution_helpers import claim_speakers, speaker_in

_ACCOUNT = """Hill Country Weekly | Voices

"We wove until the lamps went out": a year at a rug workshop

As told to Bina Gurung

I come from a village in Dolakha. When I was fifteen a man from the next valley told my mother that a rug workshop in Lalitpur would teach me and pay 9,000 rupees a month. My mother took 20,000 rupees from him that night.

The workshop was on the top floor of a house near a temple. Our shifts at the loom ran from dawn until eleven at night. The owner locked the door from outside each evening, and I never received any wages in ten months.

When I asked to go home, the owner said the police would jail my mother for the money she owed.

Editor's note: {note} She was one of nine girls taken out of the workshop by police in April; the owner has been charged.
"""


def test_a_closing_note_that_names_the_teller_gives_her_the_account() -> None:
    got = claim_speakers(_ACCOUNT.format(note="Maya is a pseudonym."), {})
    assert speaker_in(got, "locked the door from outside")[0] == "Maya"
    assert speaker_in(got, "pay 9,000 rupees a month")[0] == "Maya"


def test_a_closing_note_that_names_nobody_gives_no_teller() -> None:
    got = claim_speakers(_ACCOUNT.format(note="Her name has been withheld."), {})
    assert speaker_in(got, "locked the door from outside")[0] != "Maya"
