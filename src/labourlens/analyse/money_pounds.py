"""A bare "pound(s)" after a number, for the money stage (:mod:`labourlens.analyse.money`): money in
"paid 300 pounds a week" or "a fee of 2,000 pounds", a weight in "sacks of 100 pounds" or "50 pounds of
rice". Such an amount is kept only where a word of pay, price or debt comes just before it or a period
follows it ("a week", "per month"), and never before "of" or "weight"; "£300" and "Egyptian pounds"
are money everywhere."""

from __future__ import annotations

import re

from labourlens.model import Amount

__all__ = ["drop"]

_BARE = re.compile(r".*\d(?:\s+(?:thousand|million|billion))?\s*-?\s*pounds?", re.IGNORECASE | re.DOTALL)
_PAY = re.compile(
    r"\b(?:paid|pay|pays|paying|earn|earns|earned|earning|wages?|salary|salaries|cost|costs|costing|charged?|charging"
    r"|fees?|owed|owes|owing|debts?|fined?|fines|worth|spent|sent|saved|compensation|bribe|bribes|price|rent|deposit"
    r"|income|loan|sum|amount|kept|deducted|stole|took|sold|bought|ransom"
    r"|(?:rose|grew|went up|increased)(?:\s+(?:each|every)\s+(?:day|week|month))?\s+by)\b",  # a debt that "rose each week by"
    re.IGNORECASE,
)
_PERIOD = re.compile(r"\s*(?:,\s*)?(?:a|an|per|each|every)\s+(?:hour|day|week|month|year|shift)\b|\s*/\s*(?:hour|day|week|month)",
                     re.IGNORECASE)
_PRICE_FOR = re.compile(r"\b(?:for|at)\s+(?:(?:about|around|roughly|nearly|almost|some|over)\s+)?$", re.IGNORECASE)
_WEIGHT_AFTER = re.compile(r"\s*(?:of\b|in\s+weight|weight|heavy|apiece\s+of)", re.IGNORECASE)
# "sacks of 100 pounds each day", "carrying 80 pounds a trip", "weighing 60 pounds"
_WEIGHT_BEFORE = re.compile(
    r"\b(?:weigh\w*|carr(?:y|ies|ied|ying)|lift\w*|haul\w*|sacks?|bags?|loads?|bales?|boxes|crates?|baskets?|lost|gained)"
    r"\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def drop(found: list[Amount], text: str) -> list[Amount]:
    """``found`` without the bare "pounds" that read as a weight."""
    return [a for a in found if not _weight(a, text)]


def _weight(a: Amount, text: str) -> bool:
    if a.kind != "money" or not _BARE.fullmatch(a.text) or "£" in a.text:
        return False
    if _WEIGHT_AFTER.match(text, a.end) or _WEIGHT_BEFORE.search(text, max(0, a.start - 30), a.start):
        return True
    if _PERIOD.match(text, a.end) or _PRICE_FOR.search(text, max(0, a.start - 12), a.start):
        return False  # "for 2 million pounds each": the price of something
    return _PAY.search(text, max(0, a.start - 40), a.start) is None
