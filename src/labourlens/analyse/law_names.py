"""Indicator cues inside the name of a law (extractor ``law_names.v1``).

"The Forced Labour Goods (Import Prohibition) Bill would require importers to ...", "under the Uyghur Forced
Labor Prevention Act", "the Forced Labour Convention, 1930": a cue written in title case that runs on, through
capitalised words, into a title noun (``law_titles`` in ``knowledge/indicators.yaml``: Act, Bill, Convention ...)
names a law, a treaty or a bill. Naming it says nothing about any worker, so the hit is dropped; the same words in
running text ("they were subjected to forced labour under the act") stay."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.model import IndicatorHit

__all__ = ["EXTRACTOR", "without_law_name_hits"]

EXTRACTOR = "law_names.v1"

_TITLE_CUE = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


@lru_cache(maxsize=1)
def _tail() -> re.Pattern[str] | None:
    titles = [str(t) for t in knowledge.load("indicators.yaml").get("law_titles") or []]
    if not titles:
        return None
    word = r"(?:\(?[A-Z][\w'’-]*\)?|of|on|and|the|to|for|against|\(?\d{4}\)?)"
    return re.compile(rf"(?:\s+{word}){{0,6}}?\s*,?\s+(?:{'|'.join(map(re.escape, titles))})\b")


def has_capital(text: str) -> bool:
    """``any(c.isupper() for c in text)``, faster for a text in ASCII (where only A-Z are upper case, and only they
    change when lower-cased)."""
    if text.isascii():
        return text.lower() != text
    return any(c.isupper() for c in text)


def without_law_name_hits(text: str, hits: list[IndicatorHit], offset: int = 0) -> list[IndicatorHit]:
    """``hits`` of the sentence ``text`` (at ``offset``) without those whose cue is part of a law's name."""
    if not hits or not has_capital(text[1:]):
        return hits
    tail = _tail()
    if tail is None:
        return hits
    kept = []
    for h in hits:
        start, end = h.start - offset, h.end - offset
        cue = text[start:end]
        if _TITLE_CUE.fullmatch(cue) and tail.match(text, end):
            continue
        kept.append(h)
    return kept
