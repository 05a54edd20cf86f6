"""A bare figure hedged up to an amount, for the money stage (:mod:`labourlens.analyse.money`).

People who guess at a sum give a low figure and correct it upwards before they name the currency: "they got
300, maybe 400 dollars a month", "we were paid 1,200 or perhaps 1,500 yuan". The two figures are one vague
amount, from the bare one to the one with the currency, not a bare figure and a second sum. Only a hedge
joins them ("maybe", "perhaps", "or", "possibly"), the bare figure is smaller, and no more than five times
smaller. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from dataclasses import replace

from labourlens.model import Amount

__all__ = ["merge"]

# the bare figure and the hedge, right before the amount with its currency
_BEFORE = re.compile(r"(?<![\w.,$\u20ac\u00a3])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*,?\s*(?:or\s+)?"
                     r"(?:maybe|perhaps|possibly|or)\s+(?:even\s+)?$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def merge(out: list[Amount], text: str) -> list[Amount]:
    """``out`` with each "300, maybe 400 dollars" read as one amount from 300 to 400."""
    if not any(w in text for w in ("maybe", "perhaps", "possibly", " or ")):
        return out
    merged: list[Amount] = []
    drop: set[int] = set()
    for a in out:
        if a.kind != "money" or a.value is None or a.start < 2:
            merged.append(a)
            continue
        b = _BEFORE.search(text, max(0, a.start - 40), a.start)
        if b is None or _YEAR.fullmatch(b.group("n")):
            merged.append(a)
            continue
        low = float(b.group("n").replace(",", ""))
        if not (a.value / 5 <= low < a.value):
            merged.append(a)
            continue
        start = b.start("n")
        drop.update(id(x) for x in merged if x.start < a.start and x.end > start)
        merged.append(replace(a, start=start, text=text[start:a.end], value=None, low=low, high=a.value))
    return [x for x in merged if id(x) not in drop]
