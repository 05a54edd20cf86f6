"""Negations in the voice of the party accused: an employer's or a state's claim that words a negation and
supports no indicator ("We employ no North Koreans and never have", "the ministry said no new permits had
been issued", "nobody at the firm took anyone's documents") answers an allegation, so it is a negated claim
(FORMAT.md: ``negated`` is true for a denial or negation). A negation by a worker, a witness or the page
itself keeps its reading, and so does one that supports an indicator ("the women were not allowed to
leave")."""

from __future__ import annotations

import re

from labourlens.model import Claim, Source

__all__ = ["mark"]

_PARTIES = frozenset({"organization", "official"})
_NEGATOR = re.compile(r"\b(?:no|not|never|nobody|none|nothing|neither|nor|no-one)\b|\bno one\b|n['\u2019]t\b",
                      re.IGNORECASE)


def mark(claims: list[Claim], sources: list[Source]) -> None:
    """Set the polarity of the accused party's negations (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for c in claims:
        if c.polarity == "affirmed" and not c.indicators and not c.future and kinds.get(c.source) in _PARTIES \
                and _NEGATOR.search(c.text):
            c.polarity = "negated"
