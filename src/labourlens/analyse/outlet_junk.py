"""One-word names a cue offers as the outlet that are never one, for the metadata stage (:mod:`labourlens.analyse.meta`):
a weekday from a dated masthead ("Monday | 3 May"), a month, a platform ("Facebook", "Telegram"), a page's label or
button ("Like", "Repost", "Data"), a section ("Business"), a time stamp ("9h"), a word for "translated", or a place
from a byline or dateline ("By staff, Kitwe"). The words are ``not_outlet_words`` in ``mastheads.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import mastheads, outlets

__all__ = ["junk"]

_TIME_STAMP = re.compile(r"^\d+[ \t]*(?:s|m|min|h|hr|hrs|d|w)$", re.IGNORECASE)  # "5h", "9h" on a social post


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    data = knowledge.load("mastheads.yaml") or {}
    return frozenset(str(w).lower() for w in (data.get("not_outlet_words") or ()) if isinstance(data, dict))


def junk(name: str) -> bool:
    """Is ``name`` (one word) no outlet's name? Names of two words or more, known outlets and acronyms ("KFA") are
    left to the other cues."""
    if " " in name.strip() or outlets.resolve(name) is not None:
        return False
    low = name.strip().lower()
    if low in _words() or _TIME_STAMP.match(low) or mastheads.is_dated(name) or mastheads.is_section(name):
        return True
    return not name.isupper() and mastheads.is_place(name)  # "Kitwe", "Berlin": not "CAN", an agency's initials
