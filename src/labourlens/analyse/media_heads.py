"""Media and web publications told apart from firms (for :mod:`labourlens.analyse.definite_backrefs`): after "an
article published by a foreign news site alleging ...", "The company rejects these allegations" is the company that
speaks in the document, not the site. The head nouns are in ``knowledge/speaker_roles.yaml`` (``media_heads``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.speaker_roles import _FIRM_HEADS

__all__ = ["media_clash"]

_WORD = re.compile(r"[\w-]+")
_PREPOSITION = re.compile(r"\s(?:at|in|on|of|for|from|near|with|by|behind)\s")


@lru_cache(maxsize=1)
def _media_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_roles.yaml").get("media_heads") or [])


def media_clash(head: str, wording: str) -> bool:
    """Is ``head`` a firm noun ("company", "firm", "employer") and ``wording`` a publication that a firm noun cannot
    name again: a phrase whose head noun, before any comma or preposition, is a website, paper or broadcaster ("a
    foreign news site", "an overseas blog"; not "the contractor at the building site")?"""
    if head.lower() not in _FIRM_HEADS:
        return False
    head_np = _PREPOSITION.split(wording.split(",")[0].lower(), maxsplit=1)[0]  # "a contractor at a port": the contractor
    words = _WORD.findall(head_np)
    return bool(words) and (words[-1] in _media_heads() or " ".join(words[-2:]) in _media_heads())
