"""Probes (session 39, from heldout390's speaker misses): in a first-person account under an "As told to" note, a
bare "She said ..." or "He said ..." after the teller met someone ("A man from my street called me. He said a hotel
in Doha needed cooks.") is part of the teller's own account, as "He told me ..." already was: the pronoun is no new
source worded "He". Near misses: an official named in full in the account keeps speaking, and a story with no
teller's note keeps its "he". Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker_of, speakers_by_claim

_ACCOUNT = """THE HARBOUR LEDGER | Voices

"We washed dishes for a year and never saw the sea."

As told to Jonas Pereira. Amara is a pseudonym; the broker who sent her abroad still lives near her family.

Published 2 February 2026

I was 26 and I had worked in a canteen in Kumasi for three years. In May a cousin of my neighbour called me on the phone. She said a hotel in Doha needed cooks and cleaners, paying 900 dollars monthly, bed included. She sent me a picture of a kitchen with new machines.

The broker in Accra asked me for 8,000 cedis for the visa and the ticket, so my brother sold his motorbike. On arrival a driver kept my passport, saying the visa needed it. It was never returned.

We worked from six in the morning until midnight, every day of the week, and the supervisor kept our wages for what he called our debt.
"""

_OFFICIAL = _ACCOUNT.replace("She sent me a picture of a kitchen with new machines.",
                             "Later the labour minister, Kofi Mensah, said the agency had no licence.")

_STORY = """HARBOUR DAILY

Accra, 2 February 2026 - A cook came home from Doha last week after a year in a hotel kitchen.

Kwame Asante, her brother, said the broker had taken her passport at the airport. He said the hotel kept her wages for a debt.
"""


_speakers = speakers_by_claim


_of = speaker_of


def test_she_said_in_the_account_is_the_teller() -> None:
    speakers = _speakers(_ACCOUNT)
    assert _of(speakers, "needed cooks and cleaners") == ("Amara", "named_person")
    assert _of(speakers, "kept my passport") == ("Amara", "named_person")


def test_a_minister_in_the_account_keeps_speaking() -> None:
    speakers = _speakers(_OFFICIAL)
    assert "Kofi Mensah" in str(_of(speakers, "no licence")[0])


def test_a_story_with_no_note_keeps_its_he() -> None:
    speakers = _speakers(_STORY)
    assert "Kwame Asante" in str(_of(speakers, "kept her wages")[0])
