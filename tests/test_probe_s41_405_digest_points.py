"""Probes (session 41, from heldout405's speaker misses): a digest's numbered points.

- A point that opens with a one-word topic and a colon, then goes on in lower case with a phrase that speaks
  ("Reading: a new survey by the Baltic Labour Institute found that ..."), is the phrase's, not a speaker named
  by the topic word (a word that is also a surname or a town). Near misses: a transcript's label over a capitalised
  turn still speaks, and a topic over a point without a speaker is the page's.
- Once a cited survey has said whom it questioned, a share given in words ("Twelve percent said ...") is the survey's
  finding, as "12% said" already was.

Texts written for these tests; every name is fictional."""

from __future__ import annotations

from probe_helpers import speaker

_DIGEST = """THE HARBOUR NOTE
A weekly roundup on migrant work

Good morning. Three things from this week.

1. Gdansk: shipyard pay. Welders at a yard in Gdansk said their pay was eight weeks late.

2. Reading: a new survey by the Baltic Labour Institute questioned 600 welders and found that 30 percent had their passports held by an agent. Ten percent said a foreman had threatened them with deportation.

3. Bedford: a report by the Nordic Work Centre found that cooks were made to work 14 hours a day.
"""

_TRANSCRIPT = """Harbour Radio, morning show, 4 May 2026

HOST: Who is on the line?

Reading: My brother was made to work on the boats for nothing. The captain kept his passport.
"""


def test_a_topic_word_over_a_speaking_phrase_is_no_speaker() -> None:
    assert speaker(_DIGEST, "30 percent had their passports")[:2] == (
        "a new survey by the Baltic Labour Institute", "document")
    assert speaker(_DIGEST, "14 hours a day")[:2] == ("a report by the Nordic Work Centre", "document")


def test_a_share_in_words_is_the_surveys_finding() -> None:
    assert speaker(_DIGEST, "threatened them with deportation")[:2] == (
        "a new survey by the Baltic Labour Institute", "document")


def test_a_transcript_label_over_a_capitalised_turn_still_speaks() -> None:
    assert speaker(_TRANSCRIPT, "work on the boats")[0] == "Reading"
