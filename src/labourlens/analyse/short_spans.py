"""Short clock spans are no long day (extractor ``short_spans.v1``).

A cue of work from morning to night ("from 5 a.m. to 11 p.m.") reads the clock words of the span; but "from 9 a.m.
to 3 p.m." (an event's hours, an office day) names a span shorter than an ordinary working day. A hit of
excessive overtime whose cue lies inside a stated clock span of at most ``_SHORT_DAY`` hours, both ends given in
figures, is dropped, as is one inside the span a gate, an office or a shop is open ("the canteen opens daily from
7 a.m. to 9 p.m."): opening hours, not anyone's working day."""

from __future__ import annotations

import re

from labourlens.analyse.worktime import clock_spans
from labourlens.model import IndicatorHit

__all__ = ["EXTRACTOR", "without_short_span_hits"]

EXTRACTOR = "short_spans.v1"

_SHORT_DAY = 10.0  # hours: a stated span up to this long is an ordinary day, not work from dawn to night
_FIGURES = re.compile(r"\d.*\d", re.DOTALL)  # both ends of the span given as figures ("9 a.m. to 3 p.m.")
# the span of opening hours: "open to the public from ...", "opens daily from ..."
_OPEN_BEFORE = re.compile(r"\b(?:is|are|was|were|stays?|stayed|remains?|remained)\s+open\b[^.;]{0,30}$|\bopens\b[^.;]{0,30}$",
                          re.IGNORECASE)


def without_short_span_hits(text: str, hits: list[IndicatorHit], offset: int = 0) -> list[IndicatorHit]:
    """``hits`` of the sentence ``text`` (offsets in the document, the sentence starting at ``offset``) without the
    excessive-overtime hits that lie inside a short clock span."""
    if not any(h.indicator == "excessive_overtime" for h in hits):
        return hits
    short = [(s + offset, e + offset) for s, e, hours in clock_spans(text)
             if (hours <= _SHORT_DAY and _FIGURES.search(text[s:e])) or _OPEN_BEFORE.search(text, max(0, s - 40), s)]
    if not short:
        return hits
    return [h for h in hits if not (h.indicator == "excessive_overtime"
                                    and any(s <= h.start and h.end <= e for s, e in short))]
