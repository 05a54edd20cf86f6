"""Bare wage figures that take the currency of the wage given before them, for the money stage
(:mod:`labourlens.analyse.money`).

A worker who has named the promised wage once ("He said 1,200 riyals a month") gives what was paid
later without the currency, often after another sum in another currency has come between (the
recruiter's fee in rupees, a loan in somoni): "The salary was 900.", "Sometimes we got 30,000 for a
month." Such a bare number is a wage when a noun of pay and a copula lead it and the clause ends
after it, or when a verb of pay leads it and a period of pay follows it ("for a month", "a day").
It takes the currency of the last amount before it that was itself paid by a period (a wage, not a
fee or a debt), within a short stretch of text, when its size is within a factor of twenty of that
wage. The nearer rules of :mod:`money_echo` and :mod:`money_gaps` go first."""

from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["wage_echo"]

_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "shift": "day"}
# "The salary was 900.", "our pay is only 700,"
_PAY_COPULA = re.compile(
    r"\b(?:salary|salaries|wage|wages|pay|monthly\s+pay)\s+(?:was|is|were|came\s+to|comes\s+to)\s+"
    r"(?:(?:only|just|about|around|barely)\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|,\s|$)")
# "we got 30,000 for a month", "they pay us 700 a month"
_PAY_VERB = re.compile(
    r"\b(?:got|get|gets|received|receive|receives|earned|earn|earns|paid|pay|pays|gave|given|give|gives)\s+"
    r"(?:(?:us|them|him|her|me|you)\s+)?(?:(?:only|just|about|around|barely|maybe)\s+)?$",
    re.IGNORECASE,
)
_PER_PERIOD = re.compile(r"\s+(?:a|per|each|every|for\s+a|for\s+the|for\s+one)\s+(?P<unit>day|week|month|year|shift)\b",
                         re.IGNORECASE)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_MAX_GAP = 1200


def wage_echo(start: int, end: int, q: tuple[float, float, bool], found: list[Amount], text: str) -> Amount | None:
    """The bare number at ``text[start:end]`` (``q``: low, high, vague) as a wage in the currency of the
    last wage in ``found`` before it, or None."""
    low, high, vague = q
    if vague or low != high or _YEARLIKE.fullmatch(text[start:end]):
        return None
    per: str | None = None
    if _PAY_COPULA.search(text, max(0, start - 40), start) and _CLAUSE_END.match(text, end):
        per = ""
    elif _PAY_VERB.search(text, max(0, start - 40), start) and (m := _PER_PERIOD.match(text, end)) is not None:
        per = _PERIODS[m.group("unit").lower()]
    if per is None:
        return None
    for a in reversed(found):
        if a.start >= start or start - a.end > _MAX_GAP:
            break
        if a.kind != "money" or not a.currency or a.per not in _PERIODS.values():
            continue
        base = a.value if a.value is not None else a.high
        if not base or not base / 20 <= low <= base * 20:
            return None
        return Amount(start=start, end=end, text=text[start:end], currency=a.currency, value=low, per=per or a.per)
    return None
