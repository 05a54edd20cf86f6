"""Denials told through a negated employer-side subject: "no enterprise in the city withheld workers'
passports", "inspectors found that no company at the port confiscates documents", "not a single firm
had kept wages back". The abuse cue after such a subject is denied, not reported: its hits count as negated
(the claim carries no indicator and reads as a denial). Only bodies and people on the employer's side open
such a clause: "no worker was paid in March" reports the abuse (workers as the negated subject), and
"no one was allowed out" is the restriction itself. The clause ends at a comma, semicolon, colon or a
contrast ("no company confiscates passports, but the agents do": the agents' hit stays).
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated
from labourlens.model import IndicatorHit

__all__ = ["move_inside", "subject_spans", "subject_denials"]

_ACTORS = (r"(?:enterprises?|compan(?:y|ies)|firms?|employers?|factor(?:y|ies)|contractors?|subcontractors?|"
           r"agenc(?:y|ies)|business(?:es)?|plants?|farms?|restaurants?|managers?|supervisors?|officials?|"
           r"recruiters?|sponsors?|brokers?|developers?|operators?|organi[sz]ations?|entit(?:y|ies)|"
           r"employing units?|units?|workshops?|mines?|shipyards?|vessels?|boats?)")
_SUBJECT = gated(
    r"(?:^|[,;:(]\s*|\b(?:that|said|says|found|find|finds|showed|shows|confirmed|confirms|insisted|insists|"
    r"stated|states|added|adds|and)\s+)[\"'\u201c]?(?:there (?:is|was|were|are|has been|have been) )?"
    r"(?:no|not a single|not one|none of (?:the|its|our|their))\s+(?:[a-z-]+\s+){0,2}?" + _ACTORS + r"\b")
_END = re.compile(r"[,;:.]|\b(?:but|yet|however|although|though|while|whereas)\b")


def subject_spans(low: str) -> list[tuple[int, int]]:
    """Spans of the clauses opened by a negated employer-side subject in the lower-case sentence ``low``."""
    if "no" not in low:
        return []
    spans: list[tuple[int, int]] = []
    for m in _SUBJECT.finditer(low):
        end = _END.search(low, m.end())
        spans.append((m.start(), end.start() if end else len(low)))
    return spans


def subject_denials(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
                    offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): the hits that start in a clause with a negated employer-side subject
    move to the negated ones."""
    if not hits:
        return hits, negated
    return move_inside(hits, negated, subject_spans(low), offset)


def move_inside(hits: list[IndicatorHit], negated: list[IndicatorHit], spans: list[tuple[int, int]],
                offset: int = 0, indicator: str | None = None) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): the hits (of ``indicator``, if given) that start inside one of ``spans``
    (positions in the sentence; hits are at ``offset`` + those) move to the negated ones."""
    if not spans:
        return hits, negated
    kept: list[IndicatorHit] = []
    moved: list[IndicatorHit] = []
    for h in hits:
        inside = indicator in (None, h.indicator) and any(s <= h.start - offset < e for s, e in spans)
        (moved if inside else kept).append(h)
    return kept, negated + moved
