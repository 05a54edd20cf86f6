"""A body's answer carried by a pronoun's report, for :mod:`labourlens.analyse.mentions`: 'The Qatari authorities
replied that "no worker is held against their will," she said.' The body that opens the sentence with its own verb of
saying and "that" is the source of what follows; the trailing "she said" only carries it (the one who relays it is
the other reading a reader may pick). Only a body of a state or a firm named by a definite description counts; a
person ("The foreman told us that ..., she said") stays the relayer's account. Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify

__all__ = ["opens_with_body"]

_OPENING = re.compile(r"^\W{0,2}(?P<np>The\s+(?:[A-Z][a-z]+\s+)?[a-z]+(?:\s+[a-z]+)?)\s+(?:has\s+|had\s+)?"
                      r"(?:replied|said|responded|answered|insisted|maintained|claimed|stated|told\s+(?:her|him|them|us|me))"
                      r"\s+(?:in\s+a\s+(?:letter|statement)\s+)?that\b")


def opens_with_body(text: str, trailing: str) -> bool:
    """Does ``text``, whose trailing speaker is the pronoun ``trailing``, open with a body's own report ("The
    ministry replied that ...")?"""
    if trailing.lower() not in ("he", "she", "they"):
        return False
    m = _OPENING.match(text)
    return m is not None and classify(m.group("np")) in ("official", "organization")
