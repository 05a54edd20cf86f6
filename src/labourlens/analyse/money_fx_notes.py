"""Exchange-rate notes are no amounts: "($1 = 3.6725 dirhams)", "(US$1 = 92.4 rubles)", "1 USD = 12,650 soms"
under a wire story state a rate, not a sum anyone was paid or owed. Both sides of such an equation (one unit of a
currency, an equals sign, a number and a currency) are dropped from the amounts. A rate written in words ("S$1 bought
about 40 pesos", "12 birr per HK$1") names one unit of a currency that nobody paid: that unit is dropped, and the sum
it bought, which readers compare from week to week, is kept."""

from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["drop"]

# one unit of a currency on the left ("$1", "US$1", "1 USD", "1 euro"), "=" and a number with a currency word
_EQUATION = re.compile(r"(?:(?:US|A|C|HK|S)?[$\u20ac\u00a3\u00a5]\s?1(?:\.00?)?|\b1\s+(?:[A-Z]{3}|dollars?|euros?|pounds?|yuan))"
                       r"\s*=\s*(?:(?:about|around|roughly|approximately|approx\.|some|~)\s*)?[A-Z]{0,3}\s?\d[\d,]*(?:\.\d+)?"
                       r"(?:\s+[A-Za-z\u00c0-\u024f]+){0,2}")  # ("$1 = about 2,850 francs": a rounded rate)


# one unit of a currency as the rate's base in words: a verb of buying or worth after it, "per" or "for every" before it
_UNIT_AFTER = re.compile(r"\s+(?:bought|buys|buy|fetched|fetches|fetch|(?:is|was|were)\s+worth|traded\s+at|trades\s+at"
                         r"|exchanged\s+for|equall?ed|equals)\b", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"\b(?:per|for\s+every|for\s+each|against\s+each)\s+$", re.IGNORECASE)


def _rate_unit(a: Amount, text: str) -> bool:
    """Is ``a`` one unit of its currency standing as the base of a rate written in words?"""
    if a.value != 1.0 or a.low is not None or a.kind != "money" or a.text[:1].isdigit() or not a.text.endswith("1"):
        return False  # (the unit written with its sign, "HK$1"; "one US dollar" in words is a sum some gold sets count)
    return _UNIT_AFTER.match(text, a.end) is not None or _UNIT_BEFORE.search(text[max(0, a.start - 16) : a.start]) is not None


def drop(amounts: list[Amount], text: str) -> list[Amount]:
    """``amounts`` without those that stand in an exchange-rate equation of ``text``, and without the unit that a
    rate in words is counted against."""
    amounts = [a for a in amounts if not _rate_unit(a, text)]
    if "=" not in text:
        return amounts
    spans = [(m.start(), m.end()) for m in _EQUATION.finditer(text)]
    if not spans:
        return amounts
    return [a for a in amounts if not any(s <= a.start and a.end <= e + 1 for s, e in spans)]
