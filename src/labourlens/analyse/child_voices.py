"""Children who speak for themselves ("Children told us they are paid per sack", "Several minors at the site said
..."), for :func:`labourlens.analyse.speaker_kinds.kind_of`: unnamed people (``anonymous_source``), never a person's
name because the word is capitalised at the head of a sentence. Only the bare plural noun, with a count or none and
a setting after it or none, is read so: a body's name ending in the word ("Save the Children") stays with the other rules.
Examples are invented."""

from __future__ import annotations

import re

__all__ = ["child_kind"]

_CHILDREN = re.compile(
    r"^(?:(?i:some|many|several|most|other|two|three|four|five|six|\d{1,4})\s+)?"
    r"(?i:children|minors)"
    r"(?:\s+(?:at|in|on|from|working|interviewed|we\s+met|met)\b[^,;:]{0,80})?$",
)


def child_kind(text: str) -> str | None:
    """``anonymous_source`` for a speaker phrase that is children or minors, unnamed; None otherwise."""
    low = text.strip()
    if "hild" not in low and "inor" not in low:  # speed: the cue words
        return None
    return "anonymous_source" if _CHILDREN.match(low) else None
