"""Durations the calendar patterns of :mod:`labourlens.analyse.dates` read wrongly: an amount of time
after a superlative and "in" ("the earliest frost in six years", "the worst harvest in a decade")
compares with the past; it is no duration of anything the report describes. (A bare plural, "for
months", stays no duration: annotators do not count it, see ``tests/test_durations_battery.py``.)
"""

from __future__ import annotations

import re

from labourlens.model import TimeMention

__all__ = ["adjust"]

_SUPERLATIVE_IN = re.compile(
    r"\b(?:first|earliest|latest|highest|lowest|worst|best|biggest|largest|smallest|coldest|hottest|warmest|"
    r"wettest|driest|heaviest|strongest|weakest|deadliest|most\s+\w+|least\s+\w+)\b(?:\s+[\w-]+){0,3}?\s+in\s+"
    r"(?:(?:the\s+)?(?:past|last)\s+|more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+)?$", re.IGNORECASE)


def adjust(out: list[TimeMention], text: str) -> list[TimeMention]:
    """``out`` (time mentions in text order) without durations that only compare with the past."""
    return [t for t in out if t.kind != "duration" or " in " not in text[max(0, t.start - 60):t.start]
            or _SUPERLATIVE_IN.search(text, max(0, t.start - 60), t.start) is None]
