"""Probes (session 41, from heldout406's translated testimony): a standfirst that says the teller "tells his story" and
gives the name he asked to be called introduces a first-person account; the account's sentences are his. Near miss:
a standfirst that quotes someone ("..., he said") is a story about him, not his account. Texts written for these
tests."""

from __future__ import annotations

from probe_helpers import speaker

TOLD = """LANTERN QUARTERLY | WITNESSES

"The ledger was never ours"

A former welder at a shipyard in Durres tells his story. He asked to be called Arben Kolsi.

I was 19 when the agent picked me for the yard. The owner kept our passports in his safe from the first day.

We welded from seven in the morning till eleven at night, and nobody had a rest day in the busy season.

Editor's note: the shipyard did not answer our letters."""

TOLD_US = """HARBOUR NOTES

A deckhand from Tema told us his account over two evenings. He asked to be called Kofi Mensa.

I signed for two years and stayed for four. The captain held my seaman's book and my wages for eleven months.

Editor's note: the owner of the vessel could not be reached."""

QUOTED = """HARBOUR NOTES

A cook from Osh tells reporters about his season. He asked to be called Aibek Sadyk. "It was hard," he said.

The owner kept our passports in his safe from the first day, and the migrant workers were never paid."""


def test_a_told_story_standfirst_gives_the_account_to_its_teller() -> None:
    wording, kind, _ = speaker(TOLD, "kept our passports", {})
    assert wording == "Arben Kolsi" and kind == "named_person"
    assert speaker(TOLD, "nobody had a rest day", {})[0] == "Arben Kolsi"


def test_his_account_told_to_the_page_too() -> None:
    assert speaker(TOLD_US, "held my seaman", {})[0] == "Kofi Mensa"


def test_a_standfirst_that_quotes_him_is_no_teller_note() -> None:
    assert speaker(QUOTED, "kept our passports", {})[0] != "Aibek Sadyk"
