"""Exchange-rate notes are no amounts: "($1 = 3.6725 dirhams)", "(US$1 = 92.4 rubles)", "1 USD = 12,650 soms"
under a wire story state a rate, not a sum anyone was paid or owed. Both sides of such an equation (one unit of a
currency, an equals sign, a number and a currency) are dropped from the amounts."""

from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["drop"]

# one unit of a currency on the left ("$1", "US$1", "1 USD", "1 euro"), "=" and a number with a currency word
_EQUATION = re.compile(r"(?:(?:US|A|C|HK|S)?[$\u20ac\u00a3\u00a5]\s?1(?:\.00?)?|\b1\s+(?:[A-Z]{3}|dollars?|euros?|pounds?|yuan))"
                       r"\s*=\s*(?:(?:about|around|roughly|approximately|approx\.|some|~)\s*)?[A-Z]{0,3}\s?\d[\d,]*(?:\.\d+)?"
                       r"(?:\s+[A-Za-z\u00c0-\u024f]+){0,2}")  # ("$1 = about 2,850 francs": a rounded rate)


def drop(amounts: list[Amount], text: str) -> list[Amount]:
    """``amounts`` without those that stand in an exchange-rate equation of ``text``."""
    if "=" not in text:
        return amounts
    spans = [(m.start(), m.end()) for m in _EQUATION.finditer(text)]
    if not spans:
        return amounts
    return [a for a in amounts if not any(s <= a.start and a.end <= e + 1 for s, e in spans)]
