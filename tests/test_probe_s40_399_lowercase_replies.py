"""Probes (session 40, from heldout399's speaker and same-source misses): a board that prints its reply headers in small
letters ("reply by kite_9, 4 May 2026, 10:02") opens a post of that handle: the sentences under it are the replier's,
not the first poster's. Near miss: "reply by" inside a sentence of a post heads nothing. Texts written for these tests;
every name is fictional."""

from __future__ import annotations

from probe_helpers import wordings_by_claim

_THREAD = """PortTalk Forum > Work > Fishing
Thread: The crews on the east pier

posted by harbour_owl, 4 May 2026, 09:14
Every night the boats on the east pier unload until two. The crews sleep on deck. Anyone know who runs them?

reply by net_mender_77, 4 May 2026, 09:40
My cousin cooks on one of them. He says the captain keeps all their passports in the wheelhouse.

reply by old_skipper, 4 May 2026, 10:02
Fished with crews like that in 2015. They worked 20 hours a day and were never paid on time.
"""

_ONE_POST = """PortTalk Forum > Work > Fishing

posted by harbour_owl, 4 May 2026, 09:14
I sent a reply by email to the agency. The crews on the east pier worked 20 hours a day and were never paid on time.
"""



def test_a_small_letter_reply_header_opens_the_repliers_post() -> None:
    speakers = wordings_by_claim(_THREAD)
    assert speakers[next(k for k in speakers if "20 hours" in k)] == "old_skipper"


def test_reply_by_inside_a_sentence_heads_nothing() -> None:
    speakers = wordings_by_claim(_ONE_POST)
    assert speakers[next(k for k in speakers if "20 hours" in k)] == "harbour_owl"
