"""A report verb inside a clause of time or cause after the main clause ("A Tajik welder was threatened with
dismissal after he complained that he had been paid half his wage"; "She was beaten when she asked that her
passport be returned"): the pronoun is the main clause's own subject, and the sentence is the page's account of
what was done to that person, not that person's claim (the way "Two welders were sacked after they complained
..." already reads). A reporting main clause ("He said he was fined after he complained") keeps its own speaker,
which is found before the clause. Called from :mod:`labourlens.analyse.attribution`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["subordinate_pronoun"]

_SUBORDINATE = re.compile(
    r"\b(?:after|when|because|since|until|once|before|as\s+soon\s+as|each\s+time|whenever)\s+(?:he|she)\s*$",
    re.IGNORECASE)
_PRONOUN_END = re.compile(r"\b(?:he|she)$", re.IGNORECASE)


def subordinate_pronoun(m: Mention | None, sentence_text: str) -> Mention | None:
    """None for a mention whose speaker is the "he" or "she" of a clause of time or cause ("... after he complained
    that ..."); ``m`` otherwise."""
    if m is None or _PRONOUN_END.search(m.wording.strip()) is None:
        return m
    return None if _SUBORDINATE.search(sentence_text[:m.end]) else m
