"""Amounts told in a currency's hundredth, for the money stage (:mod:`labourlens.analyse.money`):
"paid 40 cents an hour", "a loaf for 90 kopecks", "50 paise". The main pattern reads whole units
only; these are money too, worth a hundredth of the unit each. "Cents" belong to the dollar or the
euro amount that the text names just before them (within a few sentences), and to the US dollar
otherwise; kopecks are the rouble's, paise the Indian rupee's. The words and their units are in
``knowledge/currencies.yaml`` (``subunits``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.model import Amount

__all__ = ["merge"]

_PERIOD = re.compile(r"\s*(?:,\s*)?(?:a|an|per|each|every)\s+(hour|day|week|month|year|shift)\b", re.IGNORECASE)
_NEAR = 600  # how far back a dollar or euro amount gives "cents" its currency
_CENT_UNITS = frozenset({"USD", "EUR", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD"})


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, tuple[str, float]]]:
    data = knowledge.load("currencies.yaml").get("subunits") or {}
    units = {str(w).lower(): (str(v[0]), float(v[1])) for w, v in data.items()}
    words = "|".join(re.escape(w) for w in sorted(units, key=len, reverse=True)) or "(?!)"
    pattern = re.compile(rf"(?<![\w.$,])(\d{{1,3}}(?:\.\d+)?)[ \t\u00a0]?({words})\b", re.IGNORECASE)
    return pattern, units


def merge(found: list[Amount], text: str) -> list[Amount]:
    """``found`` (amounts in text order) with the subunit amounts of ``text`` that no amount there
    covers, in text order."""
    pattern, units = _table()
    low = text.lower()
    if not any(w in low for w in units):
        return found
    extra: list[Amount] = []
    for m in pattern.finditer(text):
        inside = [a for a in found if a.start < m.end() and m.start() < a.end]
        if any(a.start < m.start() or a.end > m.end() for a in inside):
            continue
        found = [a for a in found if a not in inside]  # "80 euro cents": not 80 euros
        currency, factor = units[m.group(2).lower()]
        if m.group(2).lower() in ("cent", "cents"):  # "cents" of the dollar or euro amount just before
            before = [a for a in found if a.end <= m.start() and m.start() - a.end <= _NEAR and a.kind == "money"]
            if before and before[-1].currency in _CENT_UNITS:
                currency = str(before[-1].currency)
        period = _PERIOD.match(text, m.end())
        extra.append(Amount(start=m.start(), end=m.end(), text=m.group(0), currency=currency,
                            value=round(float(m.group(1)) * factor, 6), per=period.group(1).lower() if period else None))
    return sorted([*found, *extra], key=lambda a: a.start) if extra else found
