"""A change of pay from one figure to another, for the money stage (:mod:`labourlens.analyse.money`).

"Pay rose from 2,000 to 2,600 yuan" names two amounts, a before and an after, though only the
second carries its currency: the first borrows it. So does a figure that falls ("cut from 3,000 to
1,500 yuan": no range runs downwards). A verb or noun of change before "from" tells them from a
spread ("ranged from 2,000 to 2,600 yuan", "paid from 2,000 to 2,600 yuan", "tickets cost from 500
to 1,500 rubles": one range). With a currency on both ends the money stage already keeps two
amounts (:mod:`labourlens.analyse.money_ranges`)."""

from __future__ import annotations

import copy
import itertools
import re
from typing import Protocol, TypeVar

from labourlens.model import Amount

__all__ = ["lend", "share_periods"]

# the verb or noun of change, up to eight words before "from": "rose sharply last year from", "doubled since 2022, from"
_CHANGE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|gr(?:ow|ows|ew|own|owing)"
    r"|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|(?:go|goes|went|gone|going)\s+(?:up|down)"
    r"|mov(?:e|es|ed|ing)|f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing|tion)"
    r"|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|decreas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)"
    r"|hik(?:e|es|ed|ing)|shr(?:ink|inks|ank|unk|inking)|adjust(?:s|ed|ing|ment)?|revis(?:e|es|ed|ing|ion)"
    r"|chang(?:e|es|ed|ing)|bump(?:s|ed|ing)?)"
    r"(?:[\s,]+[\w'\u2019-]+){0,8}?,?\s+from\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM = "from"


class _Quantity(Protocol):
    start: int
    end: int
    currency: str | None
    low: float
    high: float
    vague: bool
    multiplier: float | None
    percent: bool


Q = TypeVar("Q", bound=_Quantity)


def lend(a: Q, b: Q, text: str) -> Q | None:
    """``a`` with ``b``'s currency when the bare number ``a`` is the figure a change starts from
    and ``b`` the amount it comes to ("rose from 2,000 to 2,600 yuan"), else None."""
    if a.currency is not None or a.percent or b.currency is None or b.percent or a.vague or b.vague:
        return None
    if _TO.fullmatch(text, a.end, b.start) is None or _FROM not in text[max(0, a.start - 20) : a.start].lower():
        return None
    low = a.low * b.multiplier if a.multiplier is None and b.multiplier is not None and a.low * b.multiplier <= b.high else a.low
    if low <= b.high and _CHANGE.search(text, max(0, a.start - 80), a.start) is None:
        return None
    lent = copy.copy(a)
    lent.currency, lent.low, lent.high = b.currency, low, low
    if low != a.low:
        lent.multiplier = b.multiplier
    return lent


def share_periods(amounts: list[Amount], text: str) -> list[Amount]:
    """Give the figure a change starts from the period of the figure it comes to ("rose from 2,000
    to 2,600 yuan a month": both a month)."""
    for a, b in itertools.pairwise(amounts):
        if a.per is None and b.per is not None and a.currency == b.currency and a.kind == b.kind == "money" \
                and _TO.fullmatch(text, a.end, b.start) is not None and a.text[:1].isdigit() and a.text[-1:].isdigit():
            a.per = b.per
    return amounts
