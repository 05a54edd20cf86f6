"""Sums written in South Asian compound units: a count of crores or lakhs followed by a smaller unit ("Rs 2 lakh 40
thousand" = 240,000, "3 crore 20 lakh rupees" = 32,000,000), as Pakistani, Indian and Nepali reports write them in
speech and in translation. The amount found ends at its first unit ("Rs 2 lakh"); the smaller unit after it is added
to its value and its span, and a count of a larger unit before an amount ("4 lakh |50 thousand rupees") is taken
into it the same way.
"""
from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["join"]

_UNITS = {"crore": 10_000_000.0, "lakh": 100_000.0, "thousand": 1_000.0, "hundred": 100.0}
_NUM = r"\d+(?:\.\d+)?"
# the smaller unit after the amount: "2 lakh| 40 thousand", "3 crore| and 20 lakh rupees"
_AFTER = re.compile(rf"[ \t]+(?:and[ \t]+)?(?P<n>{_NUM})[ \t]+(?P<unit>crore|lakh|thousand|hundred)s?\b"
                    r"(?:[ \t]+(?:rupees|rupee|taka|rs\.?)\b)?", re.I)
_LAST_UNIT = re.compile(r"\b(?P<unit>crore|lakh)s?\b(?:\s+(?:rupees|rupee|taka))?\s*$", re.I)
# a count of a larger unit before the amount: "3 crore |40 lakh rupees", "4 lakh |50 thousand rupees"
_BEFORE = re.compile(rf"(?:(?:rs\.?|inr|pkr|npr|₹)[ \t]*)?(?P<n>{_NUM})[ \t]+(?P<unit>crore|lakh)s?[ \t]+(?:and[ \t]+)?$",
                     re.I)
_FIRST_UNIT = re.compile(rf"^(?:(?:rs\.?|inr|pkr|npr|₹)\s*)?{_NUM}\s+(?P<unit>lakh|thousand|hundred)s?\b", re.I)


def join(amounts: list[Amount], text: str) -> list[Amount]:
    """Widen each single amount over the smaller units written after it, or the crores written before it."""
    for a in amounts:
        if a.value is None or a.low is not None or a.high is not None:
            continue
        last = _LAST_UNIT.search(a.text)
        if last and not last.group(0).strip().lower().endswith(("rupees", "rupee", "taka")):
            m = _AFTER.match(text, a.end)
            if m and _UNITS[m.group("unit").lower()] < _UNITS[last.group("unit").lower()]:
                a.value += float(m.group("n")) * _UNITS[m.group("unit").lower()]
                a.end = m.end()
                a.text = text[a.start : a.end]
                continue
        if first := _FIRST_UNIT.match(a.text):
            b = _BEFORE.search(text, max(0, a.start - 30), a.start)
            if b and _UNITS[b.group("unit").lower()] > _UNITS[first.group("unit").lower()]:
                a.value += float(b.group("n")) * _UNITS[b.group("unit").lower()]
                a.start = b.start()
                a.text = text[a.start : a.end]
    return amounts
