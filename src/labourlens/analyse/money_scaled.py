"""Amounts told in a unit worth several of the currency's own unit, for the money stage
(:mod:`labourlens.analyse.money`): the Iranian toman, which is ten rials and has no ISO code of its own
("40 million tomans" is 400 million rials, IRR). The currency table reads the word as its currency; this
step multiplies the value (or the bounds) of every amount whose text ends in such a word. The words and
their factors are in ``knowledge/currencies.yaml`` (``scaled_words``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.model import Amount

__all__ = ["scale"]


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, float]]:
    data = knowledge.load("currencies.yaml").get("scaled_words") or {}
    factors = {str(w).lower(): float(f) for w, f in data.items()}
    words = "|".join(re.escape(w) for w in sorted(factors, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b({words})\W*$", re.IGNORECASE), factors


def scale(found: list[Amount]) -> list[Amount]:
    """``found`` with the value and bounds of amounts written in a multiple unit turned into the currency's unit."""
    pattern, factors = _table()
    for a in found:
        if a.kind != "money" or not a.text:
            continue
        m = pattern.search(a.text)
        if m is None:
            continue
        f = factors[m.group(1).lower()]
        a.value = None if a.value is None else a.value * f
        a.low = None if a.low is None else a.low * f
        a.high = None if a.high is None else a.high * f
    return found
