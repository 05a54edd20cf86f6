"""Lengths told on a stopwatch, which the calendar patterns of :mod:`labourlens.analyse.dates` do not read (s43).

- A time in hours, minutes and seconds, or in minutes and seconds, with commas or "and" between the parts ("ran the course in
  2 hours, 4 minutes and 12 seconds", "three minutes and 20 seconds"): one duration, the sum of its parts.
- Seconds with a cue that they are a length or a margin ("for 30 seconds", "within ten seconds", "12 seconds ahead of
  the field", "five seconds outside the record"); a bare "30 seconds" is left out.
- Hours named as a limit or a window ("a time limit of four hours", "a cut-off time of five hours", "a window of two
  hours"): the allowed length, where :func:`labourlens.analyse.durations.plausible` wants a cue it does not know.
"""

from __future__ import annotations

import re

from labourlens.model import TimeMention

__all__ = ["find"]

_EXTRACTOR = "time.v1"
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "ninety": 90,
}  # fmt: skip
_N = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_SEP = r"\s*,?\s+(?:and\s+)?"
_H = rf"(?P<h>{_N})\s+hours?"
_M = rf"(?P<m>{_N})\s+(?:minutes?|mins?)"
_S = rf"(?P<s>{_N})\s+(?:seconds?|secs?)"
# two or three parts, the larger first: "1 hour, 5 minutes and 9 seconds", "an hour and 5 seconds" is none
_COMPOUND = re.compile(rf"\b(?:{_H}{_SEP})?{_M}(?:{_SEP}{_S})?\b", re.IGNORECASE)
_SECONDS = re.compile(
    rf"\b(?:(?P<cue>for|within|in\s+under|lasted|lasting|took)\s+(?:about\s+|only\s+|just\s+|nearly\s+)?)?"
    rf"(?P<n>{_N})\s+(?P<unit>seconds?)\b(?P<margin>\s+(?:inside|outside|ahead\s+of|behind|faster\s+than|slower\s+than|short\s+of"
    r"|off|under|over)\b)?", re.IGNORECASE)
_RATE_AFTER = re.compile(r"\s*,?\s*(?:a|an|per|each|every)\s+(?:day|night|week|shift|lap|round|time)\b", re.IGNORECASE)
_LIMIT = re.compile(rf"\b(?:time\s+limit|cut-?off(?:\s+time)?|time|window|limit)\s+of\s+(?P<n>{_N})\s+hours?\b",
                    re.IGNORECASE)


def _n(word: str) -> int:
    w = word.lower()
    return _NUMBERS[w] if w in _NUMBERS else int(w)


def _mention(start: int, end: int, text: str, days: float) -> TimeMention:
    return TimeMention(start=start, end=end, text=text[start:end], kind="duration", precision="unknown",
                       days_low=round(days * 0.998, 5), days_high=round(days * 1.002, 5), extractor=_EXTRACTOR)


def find(text: str) -> list[TimeMention]:
    """Stopwatch lengths in ``text`` (see the module doc), in text order."""
    low = text.lower()
    out: list[TimeMention] = []
    if "sec" in low or "min" in low:
        for m in _COMPOUND.finditer(text):
            if not m.group("s") or _RATE_AFTER.match(text, m.end()):
                continue  # hours and minutes are season_durations'; "for 5 minutes 30 seconds a day" is a rate
            h, mins, s = (_n(m.group(g)) if m.group(g) else 0 for g in ("h", "m", "s"))
            out.append(_mention(m.start(), m.end(), text, h / 24 + mins / 1440 + s / 86400))
    if "sec" in low:
        taken = [(t.start, t.end) for t in out]
        for m in _SECONDS.finditer(text):
            if not (m.group("cue") or m.group("margin")) or _RATE_AFTER.match(text, m.end("unit")) or any(a <= m.start("n") < b for a, b in taken):
                continue
            start = m.start() if m.group("cue") and m.group("cue").lower() in ("for", "within", "in under") else m.start("n")
            out.append(_mention(start, m.end("unit"), text, _n(m.group("n")) / 86400))
    if " of " in low and "hour" in low:
        for m in _LIMIT.finditer(text):
            out.append(_mention(m.start("n"), m.end(), text, _n(m.group("n")) / 24))
    return sorted(out, key=lambda t: t.start)
