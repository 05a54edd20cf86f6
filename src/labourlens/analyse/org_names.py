"""Indicator cues inside the name of an organisation or an outlet (extractor ``org_names.v1``).

"Human Rights Watch interviewed 40 workers and their families", "the report by Human Rights Watch said guards were
armed", "Anti-Slavery International said", "in messages shared with the Daily Lake Monitor": a hit that starts inside
a run of capitalised words ending in a head noun of bodies (``org_name_heads`` in ``knowledge/indicators.yaml``:
Watch, International, Monitor, Foundation ...) names the body that speaks or is spoken to. Naming it says nothing about
any worker, so the hit is dropped; the same words in running text ("the workers were watched by the guards") stay."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import Gated, gated
from labourlens.analyse.law_names import has_capital
from labourlens.model import IndicatorHit

__all__ = ["EXTRACTOR", "without_org_name_hits"]

EXTRACTOR = "org_names.v1"


@lru_cache(maxsize=1)
def _names() -> Gated | None:
    heads = [str(t) for t in knowledge.load("indicators.yaml").get("org_name_heads") or []]
    if not heads:
        return None
    heads += [h.upper() for h in heads]  # a masthead or a body's name in capitals ("LABOUR RIGHTS WATCH")
    word = r"[A-Z][\w'\u2019-]*"
    # (gated: most sentences with a capital hold none of the heads, and the scan tried every capitalised word)
    return gated(rf"\b{word}(?:\s+(?:{word}|of|for|and|the|on))*?\s+(?:{'|'.join(map(re.escape, heads))})\b"
                 rf"|\b(?:{'|'.join(map(re.escape, heads))})\b(?=\s+(?:for|of|on|in)\s+{word})")


def without_org_name_hits(text: str, hits: list[IndicatorHit], offset: int = 0) -> list[IndicatorHit]:
    """``hits`` of the sentence ``text`` (at ``offset``) without those that start inside an organisation's name."""
    if not hits or not has_capital(text[1:]):
        return hits
    names = _names()
    if names is None:
        return hits
    spans = [m.span() for m in names.finditer(text)]
    if not spans:
        return hits
    return [h for h in hits if not any(a <= h.start - offset < b for a, b in spans)]
