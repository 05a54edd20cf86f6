"""Probes (session 41, from heldout405's speaker misses): a case note's "A man of 40 from Lviv came to us after three
months on a farm, where he says the owner took his passport" is the man's account (he opens the sentence and says
what happened there), and the plain sentence after it goes on with him. Near misses: the same sentence without
"he says" stays the page's, and a "where he says" after a sentence opened by a thing names no speaker from it. Texts
written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker

_NOTE = """Harbour Aid, Gdansk: case notes

Case 4. A 40-year-old man from Lviv came to us after three months on a pig farm near Elblag, where he says the owner took his passport and told him he owed 3,000 zloty for the trip. He received no pay for the season.
"""


def test_where_he_says_is_the_mans_account() -> None:
    assert speaker(_NOTE, "pig farm")[:2] == ("A 40-year-old man from Lviv", "anonymous_source")


def test_without_he_says_it_stays_the_pages() -> None:
    text = _NOTE.replace("where he says the owner took", "where the owner took")
    assert speaker(text, "pig farm")[0] != "A 40-year-old man from Lviv"


def test_a_thing_opening_the_sentence_names_no_speaker() -> None:
    text = _NOTE.replace("A 40-year-old man from Lviv came to us after three months on a pig farm near Elblag",
                         "The bus from Lviv came to a pig farm near Elblag")
    assert speaker(text, "pig farm")[0] != "The bus from Lviv"
