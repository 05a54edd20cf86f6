"""Durations told in seasons or minutes, which the calendar patterns of
:mod:`labourlens.analyse.dates` do not read.

- Seasons: "for three winters", "for two seasons", "over four summers" run from a little over N-1
  years (the first season plus N-1 years to the last one) to N years (without "for", "over" or
  "during", "spent three winters cutting timber" is left out, as annotators leave it);
  "the whole winter", "the entire summer", "all winter" are one season of about three months
  (89-92 days), and "most of last winter" a little less (80-92). A lone "winter" or "last
  winter" is a point in time, not a length ("in winter it was forty below", "last winter he
  left"), and so is "every two winters".
- Minutes: a length of minutes counts only with a cue that it is one ("for 70 minutes", "in under three minutes",
  "roughly 2 hours 15 minutes",
  "within twenty minutes", "during the twenty minutes of the lunch break", "lasted between
  90 minutes and three hours", "a pause of over ten minutes"); a match clock ("after 31 minutes", "in the 88th minute") or a
  schedule ("every 30 minutes", "for 20 minutes a day") is none.
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated
from labourlens.model import TimeMention

__all__ = ["find"]

_EXTRACTOR = "time.v1"
_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
    "fifty": 50, "sixty": 60, "ninety": 90,
}  # fmt: skip
_N = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_SEASON = r"(?:winter|summer|season|autumn|spring)"
# (case-insensitive by flag, not inline: a gated pattern then scans the lower-cased report case-sensitively)
_N_SEASONS = gated(
    rf"\b(?:for|over|during)\s+(?:(?:the|his|her|their)\s+)?(?:last\s+|past\s+|first\s+)?(?P<n>{_N})\s+"
    rf"(?:(?:long|cold|hard|fishing|logging|building|harvest)\s+)?{_SEASON}s\b", re.IGNORECASE
)
_WHOLE_SEASON = gated(
    rf"\b(?:(?:for\s+)?(?P<whole>the\s+(?:whole|entire)|all(?:\s+the)?|all\s+of\s+(?:the|last|that|this))"
    rf"|for\s+(?P<most>most\s+of\s+(?:the|last|that|this)))\s+(?:(?:last|that|this)\s+)?{_SEASON}\b", re.IGNORECASE
)
_EVERY_BEFORE = re.compile(r"\b(?:every|each|once\s+every)\s+$", re.IGNORECASE)
# a rate, not a length: "for 20 minutes a day", "for two seasons a year"
_RATE_AFTER = re.compile(r"\s*,?\s*(?:a|an|per|each|every)\s+(?:day|night|week|shift|month|year)\b", re.IGNORECASE)
_MIN = r"(?:minute|min)s?\b"
_MINUTES = gated(
    # (s387) and a time to do something in: "in under three minutes"
    rf"\b(?P<cue>for|within|during\s+the|lasted|lasting|took|takes|longer\s+than|more\s+than|in\s+under)\s+"
    rf"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|only\s+|just\s+|roughly\s+)?(?P<n>{_N})\s+{_MIN}"
    rf"|\bbetween\s+(?P<a>{_N})\s+{_MIN}\s+and\s+(?P<b>{_N})\s+(?P<bu>minutes?|hours?)\b", re.IGNORECASE
)


# (s387) a length in hours and minutes: "roughly 2 hours 15 minutes", "two hours and ten minutes"
_HOURS_MINUTES = gated(
    rf"\b(?:(?:about|around|nearly|almost|roughly|some)\s+)?(?P<h>{_N}|an|one)\s+hours?\s+(?:and\s+)?(?P<m>{_N})\s+{_MIN}",
    re.IGNORECASE)


def _n(word: str) -> int:
    w = word.lower()
    return _NUMBERS[w] if w in _NUMBERS else int(w)


def _mention(start: int, end: int, text: str, low: float, high: float) -> TimeMention:
    return TimeMention(start=start, end=end, text=text[start:end], kind="duration", precision="unknown",
                       days_low=round(low, 4), days_high=round(high, 4), extractor=_EXTRACTOR)


def find(text: str) -> list[TimeMention]:
    """Season and minute durations in ``text`` (see the module doc), in text order."""
    low = text.lower()
    out: list[TimeMention] = []
    if any(w in low for w in ("winter", "summer", "season", "autumn", "spring")):
        for m in _N_SEASONS.finditer(text):
            n = _n(m.group("n"))
            if 2 <= n <= 50 and not _EVERY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                out.append(_mention(m.start(), m.end(), text, 365.0 * (n - 1) + 89, 365.0 * n))
        for m in _WHOLE_SEASON.finditer(text):
            out.append(_mention(m.start(), m.end(), text, 80.0 if m.group("most") else 89.0, 92.0))
    if "min" in low:
        for m in _HOURS_MINUTES.finditer(text):
            h = 1 if m.group("h").lower() in ("an", "one") else _n(m.group("h"))
            days = h / 24 + _n(m.group("m")) / 1440
            out.append(_mention(m.start(), m.end(), text, days, days))
        for m in _MINUTES.finditer(text):
            if m.group("n"):
                days = _n(m.group("n")) / 1440
                start = m.start("n") if m.group("cue").lower() in ("lasted", "took", "takes") or " than" in m.group("cue").lower() else m.start()
                out.append(_mention(start, m.end(), text, days, days))
            else:
                top = _n(m.group("b")) / (24 if m.group("bu").lower().startswith("hour") else 1440)
                out.append(_mention(m.start(), m.end(), text, _n(m.group("a")) / 1440, top))
    return sorted((t for t in out if not _RATE_AFTER.match(text, t.end)), key=lambda t: t.start)
