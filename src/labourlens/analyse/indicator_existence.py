"""Denials that the practice exists at all, for the indicator polarity stage
(:mod:`labourlens.analyse.indicator_polarity`): "forced labour does not exist in Xinjiang", "such practices have no
place in our factories", "child labour is non-existent here", "there is no forced labour at the plant". The cue
is the subject (or the object of "there is no") of a statement that it does not exist, so its hits count as
negated and the claim reads as a denial. Not "the forced labour that exists there" nor "forced labour still exists":
no negation follows the cue; not "jobs that did not exist" nor "they discovered that the jobs did not exist": what
was promised and never there is a lie (deception's hits are never moved, and a relative clause is no denial)."""

from __future__ import annotations

import re

from labourlens.analyse.indicator_subjects import move_inside
from labourlens.model import IndicatorHit

__all__ = ["existence_denials"]

_GATE = ("exist", "no place", "no such", "there is no", "there are no", "there was no", "there were no")
# after the cue: "... does not exist", "... has no place in", "... is non-existent", "... never existed"
_WORD = r"(?:\s+(?!(?:that|which|who|whose|where)\b)[\w'\u2019-]+)"  # not a relative clause: "jobs that did not exist"
_AFTER = re.compile(rf"{_WORD}{{0,3}}?\s+(?:(?:does|do|did)\s+not|doesn['\u2019]t|don['\u2019]t|didn['\u2019]t|never)\s+exist|"
                    rf"{_WORD}{{0,3}}?\s+(?:is|are|was|were)\s+(?:non-?existent|not\s+present)|"
                    rf"{_WORD}{{0,3}}?\s+(?:has|have|had)\s+no\s+place\b")
# before the cue: "there is no ...", "no such ..."
_BEFORE = re.compile(r"\b(?:there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:absolutely\s+)?no|no\s+such)\s+"
                     r"(?:[\w-]+\s+){0,2}$")


def existence_denials(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
                      offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): hits of the lower-case sentence ``low`` (at ``offset`` + positions in it) whose cue
    is said not to exist move to the negated ones."""
    if not hits or not any(g in low for g in _GATE):
        return hits, negated
    spans = []
    for h in hits:
        if h.indicator == "deception":
            continue  # "they discovered that the jobs did not exist": what was promised was never there, a lie
        start, end = h.start - offset, h.end - offset
        if _AFTER.match(low, end) is not None or _BEFORE.search(low, max(0, start - 40), start) is not None:
            spans.append((start, end))
    return move_inside(hits, negated, spans, offset)
