"""'In his words, ...', 'As she put it, ...', 'In the words of X, ...': the person the phrase points to
speaks the words that follow (moved out of ``mentions``, which holds the other sentence shapes)."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible

__all__ = ["words_mention"]

_IN_WORDS = re.compile(
    r"^\W*(?:(?:in|to\s+use)\s+(?P<p1>his|her|their)\s+(?:own\s+)?words|as\s+(?P<p2>he|she|they)\s+(?:put|puts)\s+it|"
    r"in\s+the\s+words\s+of\s+(?P<np>[^,]{2,80}))\s*,", re.IGNORECASE)
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}


def words_mention(text: str) -> Mention | None:
    """ 'In his words, "Those girls never go to town."', 'As she put it, ...': the person just named."""
    m = _IN_WORDS.match(text)
    if m is None:
        return None
    if m.group("np"):
        if not _plausible(m.group("np")):
            return None
        return Mention(m.group("np").strip(), m.start("np"), m.start("np") + len(m.group("np").strip()), "said", True)
    g = "p1" if m.group("p1") else "p2"
    word = m.group(g).lower()
    return Mention(_PRONOUN_OF.get(word, word), m.start(g), m.end(g), "said", '"' in text)
