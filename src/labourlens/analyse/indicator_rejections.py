"""Allegations named in order to reject them: "Allegations that workers at our plant were locked in their
quarters do not correspond to reality", "recent reports claiming that workers were made to work 15 hours a
day do not conform to the facts", "regards the claims that Korean citizens are beaten as a provocation". The
abuse words sit inside the rejected allegation (between its noun and the rejecting predicate): they are
denied, not reported, so their hits count as negated and the claim reads as a denial. A hit outside that
stretch ("..., but three workers said they were locked in") stays. An allegation with no rejecting predicate
("reports that the workers were beaten are credible") is evidence as before.
"""

from __future__ import annotations

import re

from labourlens.analyse.indicator_subjects import move_inside
from labourlens.model import IndicatorHit

__all__ = ["rejected_spans", "rejected_allegations"]

_ALLEGATION = re.compile(r"\b(?:allegations?|claims?|reports?|accusations?|stories|rumou?rs|suggestions?|assertions?)"
                         r"(?: \w+)?(?: that| of| about| claiming| alleging| saying| suggesting)\b")
_REJECTION = re.compile(
    r"\b(?:do|does|did)(?: not|n't) (?:correspond to|conform to|reflect|match) (?:the )?(?:reality|facts?|truth)"
    r"|\b(?:are|were|is|was|remain|remains)(?: completely| totally| entirely| simply)? (?:\"|')?(?:untrue|false|"
    r"groundless|baseless|unfounded|lies|a lie|fabricat\w+|fiction|slander\w*|nonsense|fake|a provocation|"
    r"absurd)\b"
    r"|\b(?:are|were|is|was|have been|has been) (?:firmly |flatly |strongly )?(?:rejected|dismissed|refuted)\b"
    r"|\bas (?:an? )?(?:\w+ )?(?:provocation|fabrication|lie|lies|slander|smear|fiction|fake news|nonsense)\b")
_GATE = ("allegation", "claim", "report", "accusation", "stories", "rumo", "suggestion", "assertion")


def rejected_spans(low: str) -> list[tuple[int, int]]:
    """Character spans, in the lower-case sentence ``low``, from an allegation's noun to the predicate
    that rejects it."""
    if not any(g in low for g in _GATE):
        return []
    spans: list[tuple[int, int]] = []
    for m in _ALLEGATION.finditer(low):
        r = _REJECTION.search(low, m.end())
        if r is not None and ";" not in low[m.end():r.start()]:
            spans.append((m.start(), r.start()))
    return spans


def rejected_allegations(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
                         offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): the hits (at ``offset`` + positions in ``low``) inside a rejected
    allegation move to the negated ones."""
    if not hits:
        return hits, negated
    return move_inside(hits, negated, rejected_spans(low), offset)
