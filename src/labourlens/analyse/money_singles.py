"""One unit of a currency written with the article, for the money stage
(:mod:`labourlens.analyse.money`): "less than a dollar a day", "paid about a euro an hour",
"barely a dollar for each sack". The main pattern reads "a" only before a multiplier ("a million
dollars"), since "a dollar" is as often the currency itself ("the yuan rose against a weak dollar").
"A dollar" is money here only where the words around it make it a sum: a bound or a verb of pay
just before it, or a period just after it."""

from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["merge"]

# the currency words read with the article, and their ISO codes
# ("a pound" is as often a weight: "paid for a pound of rice"; riyals and dirhams depend on the country)
_UNITS = {"dollar": "USD", "buck": "USD", "euro": "EUR", "yuan": "CNY", "rouble": "RUB", "ruble": "RUB"}
_BEFORE = re.compile(
    r"(?:\b(?:less|more|little)\s+than|\bunder|\bover|\babout|\baround|\bonly|\bjust|\bbarely|\bnearly|\balmost"
    r"|\broughly|\bearn(?:s|ed|ing)?|\bpaid|\bpay(?:s|ing)?|\bcost(?:s|ing)?|\bfor|\bat)\s+$",
    re.IGNORECASE,
)
_SINGLE = re.compile(r"\b[Aa]\s+(dollar|buck|euro|yuan|rouble|ruble)\b(?![-'\u2019])")
_PERIOD = re.compile(r"\s*(?:a|an|per|each|every)\s+(hour|day|week|month|year|shift)\b", re.IGNORECASE)


def merge(found: list[Amount], text: str) -> list[Amount]:
    """``found`` (amounts in text order) with the one-unit sums of ``text`` that no amount covers."""
    if "a " not in text and "A " not in text:
        return found
    extra: list[Amount] = []
    for m in _SINGLE.finditer(text):
        currency = _UNITS[m.group(1).lower()]
        if any(a.start < m.end() and m.start() < a.end for a in found):
            continue
        period = _PERIOD.match(text, m.end())
        if period is None and _BEFORE.search(text, max(0, m.start() - 20), m.start()) is None:
            continue
        unit = period.group(1).lower() if period else None
        extra.append(Amount(start=m.start(), end=m.end(), text=m.group(0), currency=currency, value=1.0,
                            per="day" if unit == "shift" else unit))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda a: a.start)
