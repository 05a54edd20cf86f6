"""Probes (session 39, from heldout390's negation misses): the accused side's account that the people came of their
own will is a denial ("came voluntarily to staff ...", "travelled of their own free will", "she was the one who
decided to travel" in a recruiter's words, "nobody had ever forced them" from a foreman). Near miss: a teller's own "I
went willingly, but ..." keeps the abuse that follows. Texts written for these tests; every name is fictional."""

from __future__ import annotations

from labourlens.analyse.pipeline import analyse

_HEAD = ("HARBOUR DAILY\n\nAccra, 2 February 2026 - Workers held in a compound abroad came home last week. Their passports "
         "were held by the bosses from the first day and they worked 16 hours a day.\n\n")


def _polarity(sentence: str) -> str:
    analysis = analyse(_HEAD + sentence, {})
    return next(c.polarity for c in analysis.claims if c.text in sentence)


def test_came_of_their_own_will_is_a_denial() -> None:
    for sentence in ("The police said most of the detainees came voluntarily to staff the betting sites.",
                     "The firm said the men had travelled of their own free will.",
                     "The recruiter now says she was the one who decided to travel.",
                     "The foreman insisted that nobody had ever forced them to stay."):
        assert _polarity(sentence) != "affirmed", sentence


def test_consent_then_undone_keeps_the_abuse() -> None:
    assert _polarity("I went willingly, but on the first day they took my passport.") == "affirmed"
