"""Bare sums in the one currency of a report, for the money stage (:mod:`labourlens.analyse.money`).

Reports whose sums are all in one currency drop its name once it is given, and not only in the
same paragraph: a debt named in rupees in the lede comes back as "her uncle took 45,000" in a
quotation two paragraphs on, and a skipper "hands over 3,000 for the household" after the crew's debt
was given in rupees. :mod:`.money_echo` reads such a number within its own paragraph; here a bare
number in a later paragraph takes the currency when every amount found before it is in that one
currency, one of them lies within a few paragraphs, its size is within a factor of twenty of one
of them, and the words around it read as a sum: a pay word before it and the end of a clause after
it (a passive after it alone, "1,500 was kept", may count anything this far from the sum)."""

from __future__ import annotations

import re

from labourlens.analyse import money_echo
from labourlens.model import Amount

__all__ = ["carried"]

_MAX_GAP = 1500  # characters from the nearest amount before it: a few paragraphs
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


def carried(start: int, end: int, value: float, found: list[Amount], text: str) -> Amount | None:
    """The bare number at ``text[start:end]`` (worth ``value``) as money in the one currency of the
    amounts ``found`` before it, or None."""
    money = [a for a in found if a.kind == "money" and a.end <= start]
    if not money or len({a.currency for a in money}) != 1 or not money[0].currency:
        return None
    if start - money[-1].end > _MAX_GAP or _YEARLIKE.fullmatch(text[start:end]):
        return None
    if not any((base := a.value if a.value is not None else a.high) and base / 20 <= value <= base * 20 for a in money):
        return None
    return money_echo.sum_at(start, end, value, money[-1], text, led=True)

