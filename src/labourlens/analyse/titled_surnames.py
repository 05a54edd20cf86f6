"""Place names that the text also uses as a titled person's family name, for :func:`labourlens.analyse.places.find`.

"Professor Ana Lima ... Lima said": once the text puts a title before the name ("Professor Lima", "Dr. Lima",
"Ms. Tete"), the bare name elsewhere is the person met again, not the town of that name. After a preposition of
place ("in Lima", "near Lima") the name stays a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["titled_surname"]

# a personal title and the capitalised name right after it
_TITLED = re.compile(r"\b(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Madam|Madame)[ \t]+([A-Z][\w'\u2019-]*)")
# words right before a name that keep it a place
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|near|outside|at|from|to|into|around|across|via|inside|of|and|or)\s+$",
                                re.IGNORECASE)


def titled_surname(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` one word that the text gives after a personal title somewhere, and not here
    after a preposition of place?"""
    name = text[start:end]
    if not name[:1].isupper() or " " in name or name not in _titled_names(text):
        return False
    return not _PLACE_WORD_BEFORE.search(text[max(0, start - 12):start])


@lru_cache(maxsize=4)
def _titled_names(text: str) -> frozenset[str]:
    """The names that follow a personal title in ``text`` (one scan per document)."""
    return frozenset(m.group(1) for m in _TITLED.finditer(text))
