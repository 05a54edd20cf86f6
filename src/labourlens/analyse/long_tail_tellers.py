"""An unnamed person whose description runs long before the verb: "A young welder on a subcontractor's crew at the
Pasir Gudang yard told us that ...". The whole phrase is too long to read as a speaker, but its head ("A young
welder") is one: the place or employer after it only says where the person works.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["long_tail_teller"]

_TELLER = re.compile(
    r"^(?P<np>(?:A|An|One|Another)[ \t]+(?:(?:[A-Z][a-z]+|[a-z][\w-]*)[ \t]+){0,2}?[a-z][\w-]*)"
    r"[ \t]+(?:on|at|from|in|aboard|with)[ \t]+(?:a|an|the|one|his|her)[ \t]+[^,;:\"\u201c\u201d]{5,120}?"
    r"[ \t]+(?P<verb>told|said)[ \t]+(?:(?:us|him|her|them|(?:our|a|an|the)[ \t]+[a-z]+)[ \t]+)?that[ \t]")


def long_tail_teller(sentence_text: str) -> Mention | None:
    """The head of a long description of one unnamed person who told or said something, or None."""
    if " that " not in sentence_text or (" told " not in sentence_text and " said " not in sentence_text):
        return None  # (speed) every match holds "told"/"said" and "that"
    m = _TELLER.match(sentence_text)
    if m is None or classify(m.group("np")) != "anonymous_source":
        return None
    verb = m.group("verb")
    return Mention(m.group("np"), 0, m.end("np"), verb, False)
