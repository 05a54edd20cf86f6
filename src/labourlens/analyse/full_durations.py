"""Durations that the calendar patterns of :mod:`labourlens.analyse.dates` do not read.

- A whole unit after a cue of a length ("completed a full year", "stayed one whole month", "for an entire week") is
  one unit of time (not "a full-year contract", an adjective, not "a full month's work" or "a full month of their
  wages", a measure of work or pay, and not a whole day, which reports use for a long working day or a rest day).
- Centuries: "a century", "half a century", "more than a century", "two centuries" (an open "more than" reaches a
  tenth further: a century is rarely meant as much more than one); not a part of one ("a quarter of a century").
- Working days after a cue of a length ("within five working days", "in ten business days", "within seven working days
  of arrival") run from that many
  days to the calendar days they span from a Monday (seven working days are seven to nine days); a count of days worked ("22 of
  26 working days", "paid for 27 working days") is no length.
"""

from __future__ import annotations

import re

from labourlens.analyse import durations
from labourlens.analyse.gated import gated
from labourlens.model import TimeMention

__all__ = ["find"]

_EXTRACTOR = "time.v1"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}  # fmt: skip
_N = r"(?:\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
_Q = r"(?:(?P<q>more\s+than|over|at\s+least|nearly|almost|about|around|roughly|some)\s+)?"
_WHOLE = gated(r"\b(?:for|within|after|over|spent|lasted|took|stay|stays|stayed|completed|completes|complete|served|worked)\s+"
               r"(?:(?:almost|nearly|only|just|about)\s+)?(?P<n>a|an|one)\s+(?:full|whole|entire)\s+(?P<unit>week|fortnight|month|year|decade)\b"
               r"(?![-\w]|['\u2019]|\s+(?:ago|of|off)\b)",
               re.IGNORECASE)
_CENTURY = gated(rf"(?<!of\s)\b{_Q}(?:(?P<half>half\s+a)|(?P<n>{_N}))\s+(?P<unit>century|centuries)\b(?![-\w]|\s+ago\b)",
                 re.IGNORECASE)
_WORKING = gated(rf"\b(?P<cue>within|in|after|takes|take|took|up\s+to)\s+{_Q}(?<![\d.,])(?P<n>{_N})\s+(?:working|business)\s+days\b"
                 r"(?!\s+ago\b)", re.IGNORECASE)
# "... of arrival" after "within" is the deadline's event ("within seven working days of arrival"); after another cue,
# the month the days were counted in ("in 20 working days of March")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _n(word: str) -> int:
    w = word.lower()
    return _NUMBERS[w] if w in _NUMBERS else int(w)


def _mention(m: re.Match[str], text: str, low: float, high: float, group: int | str = 0) -> TimeMention:
    start = m.start(group)
    return TimeMention(start=start, end=m.end(), text=text[start:m.end()], kind="duration", precision="unknown",
                       days_low=round(low, 4), days_high=round(high, 4), extractor=_EXTRACTOR)


def _open(q: str | None, low: float, high: float, reach: float) -> tuple[float, float]:
    q = " ".join((q or "").lower().split())
    if q in ("more than", "over", "at least"):
        return low, high * reach
    if q in ("nearly", "almost"):
        return low * 0.9, high
    if q:
        return low * 0.9, high * 1.1
    return low, high


def find(text: str) -> list[TimeMention]:
    """Whole-unit, century and working-day durations in ``text`` (see the module doc), in text order."""
    out: list[TimeMention] = []
    for m in _WHOLE.finditer(text):
        days = _UNIT_DAYS[m.group("unit").lower()]
        out.append(_mention(m, text, days, days, "n"))
    for m in _CENTURY.finditer(text):
        n = 0.5 if m.group("half") else float(_n(m.group("n")))
        if m.group("unit").lower() == "centuries" and n < 2:
            continue
        low, high = _open(m.group("q"), n * 36524.0, n * 36525.0, 1.1)
        out.append(_mention(m, text, low, high))
    for m in _WORKING.finditer(text):
        if _OF_AFTER.match(text, m.end()) and m.group("cue").lower() != "within":
            continue
        n = _n(m.group("n"))
        span = n + 2.0 * ((n - 1) // 5)  # the weekends the working days run over, begun on a Monday (writers differ on more)
        q = " ".join((m.group("q") or "").lower().split())
        low, high = (n * 0.9, span) if q in ("nearly", "almost") else (float(n), span * (1.1 if q else 1.0))
        out.append(_mention(m, text, low, high))
    return sorted((t for t in out if durations.plausible(t, text)), key=lambda t: t.start)
