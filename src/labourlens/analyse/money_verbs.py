"""Numbers before the verb "won", and before "dong" in Korean addresses, for the money stage
(:mod:`labourlens.analyse.money`): "of the 12 workers, 3 won their case", "a team of 11 won the final".
The won is so small a unit that a sum in won is almost never under a hundred; a small whole number
before "won", with no multiplier and no word of price or pay just before it, counts people who won
something, not money. A number under a thousand before "dong" ("building 102-dong") is a Korean
building or ward: no sum is told in fewer than a thousand Vietnamese dong."""

from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["drop"]

_SMALL_WON = re.compile(r"\d{1,2}\s+won", re.IGNORECASE)
# "a bus fare costs 50 won", "paid just 20 won": a price word keeps a small sum
_PRICE = re.compile(
    r"\b(?:costs?|costing|paid|pay|pays|paying|earns?|earned|earning|price[sd]?|fares?|fees?|only|just|for|at)\s+$",
    re.IGNORECASE,
)


def drop(found: list[Amount], text: str) -> list[Amount]:
    """``found`` without the small numbers before the verb "won" and the Korean building numbers."""
    return [a for a in found if not _verb(a, text) and not _ward(a)]


# "building 102-dong, unit 1203-ho", "the 5 dong offices of Seoul": a Korean building or ward. Sums in
# Vietnamese dong are never under a thousand (its smallest note is 100 dong, about half a US cent)
# (and "đồng" as machine translation leaves it: "40 Đồng Tháp fishermen" is a province, not 40 dong)
_SMALL_DONG = re.compile(r"\d{1,3}[\s-](?:dong|đồng)", re.IGNORECASE)


def _ward(a: Amount) -> bool:
    return a.kind == "money" and a.currency == "VND" and _SMALL_DONG.fullmatch(a.text) is not None


def _verb(a: Amount, text: str) -> bool:
    if a.kind != "money" or not _SMALL_WON.fullmatch(a.text):
        return False
    return _PRICE.search(text, max(0, a.start - 20), a.start) is None
