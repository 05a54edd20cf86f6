"""Words that end an outlet's name ("Amur Ledger", "Caspian Monthly", "Irtysh Vestnik"), from the
``media_words`` list of ``mastheads.yaml``: a name after "told" or in a page title that ends in one is an
outlet even when the outlet list does not know it."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["media_end"]


@lru_cache(maxsize=2)
def media_end(named: bool = False) -> re.Pattern[str]:
    """A pattern that finds a media word at the end of a name (case-sensitive); with ``named``, also the
    ``media_words_named`` kept for names a cue already puts in the page's voice."""
    data = knowledge.load("mastheads.yaml")
    listed = list(data.get("media_words", [])) + (list(data.get("media_words_named", [])) if named else [])
    words = sorted({str(w) for w in listed}, key=lambda w: (-len(w), w))  # one order in every process
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")$")
