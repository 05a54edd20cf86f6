"""Reports of a public event (extractor ``event_reports.v1``).

A festival in a town of migrants, a jobs fair with a stand against trafficking: such a report names the field's
words (migrants, trafficking) without telling of anything done to anyone. A text with no cue of abuse anywhere
whose vocabulary is that of one kind of event (``event_reports`` in ``knowledge/indicators.yaml``: festivities,
hiring fairs), with at least ``min_terms`` distinct words of that kind, is an event report, not a report of forced
labour (the document gate, ``context.py``, asks only when no sentence has a cue)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import Folded
from labourlens.analyse.speakers import word_alternation

__all__ = ["EXTRACTOR", "event_min_terms", "event_report", "event_weight"]

EXTRACTOR = "event_reports.v1"


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[Folded, ...], int]:
    """One pattern per kind of event, and how many distinct words of one kind make an event report."""
    data = knowledge.load("indicators.yaml").get("event_reports") or {}
    patterns = []
    for terms in (data.get("kinds") or {}).values():
        alts = word_alternation([str(t) for t in terms or []]).replace(r"\s+", r"[\s-]+")
        if alts:
            patterns.append(Folded(rf"\b(?:{alts})\b", re.IGNORECASE))
    return tuple(patterns), int(data.get("min_terms", 4))


def event_report(body_text: str) -> bool:
    """Does the text hold at least ``min_terms`` distinct words of one kind of event?"""
    return event_weight(body_text) >= _kinds()[1]


def event_weight(body_text: str) -> int:
    """The most distinct words of one kind of event that the text holds."""
    return max((len(set(p.terms(body_text))) for p in _kinds()[0]), default=0)


def event_min_terms() -> int:
    """How many distinct words of one kind of event make an event report (``min_terms``)."""
    return _kinds()[1]
