"""Short clock spans are no long day (extractor ``short_spans.v2``).

A cue of work from morning to night ("from 5 a.m. to 11 p.m.") reads the clock words of the span; but "from 9 a.m.
to 3 p.m." (an event's hours, an office day) names a span shorter than an ordinary working day. A hit of
excessive overtime whose cue lies inside a stated clock span of at most ``_SHORT_DAY`` hours, both ends given in
figures, is dropped, as is one inside the span a gate, an office or a shop is open ("the canteen opens daily from
7 a.m. to 9 p.m."): opening hours, not anyone's working day. So is one whose cue lies between two clock times with
their a.m. / p.m. less than ten hours apart, however the span is worded ("fined for every order refused between 11 a.m.
and 2.30 p.m."). Spans the working-time arithmetic (:mod:`labourlens.analyse.worktime`) finds long stay."""

from __future__ import annotations

import re

from labourlens.analyse.worktime import clock_spans, parse_clock
from labourlens.model import IndicatorHit

__all__ = ["EXTRACTOR", "without_short_span_hits"]

EXTRACTOR = "short_spans.v2"

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
    return [h for h in hits if not (h.indicator == "excessive_overtime" and (
        any(s <= h.start and h.end <= e for s, e in short) or _between_close_times(text, h.start - offset, h.end - offset)))]


_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m\b\.?", re.IGNORECASE)
_BACK = 10  # characters before the hit where its first clock time may start ("10 a.m.": the cue starts at "a.m.")


def _between_close_times(text: str, start: int, end: int) -> bool:
    """Does the cue at ``start``..``end`` of the sentence run between two clock times, both with a.m. / p.m., less
    than ten hours apart?"""
    times = _CLOCK.findall(text, max(0, start - _BACK), min(len(text), end + 4))
    if len(times) != 2:
        return False
    first, last = parse_clock(times[0]), parse_clock(times[1])
    if first is None or last is None or not (first[1] and last[1]):
        return False
    hours = (last[0] - first[0]) % 24
    return 0 < hours < _SHORT_DAY
