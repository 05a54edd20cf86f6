"""Whether "from X to Y" with a currency on both ends is one range, for the money stage
(:mod:`labourlens.analyse.money`).

"Wages rose from 1,200 won to 1,600 won" names two amounts, a before and an after; but "fees
ranged from $200 to $300" and "anything from $50 to $80 a day" name one range whose ends each
carry their currency. The words before "from" tell them apart: a verb of spread (range, vary,
run, anything, anywhere) makes a range of two exact ends; anything else, and vague ends ("from a few
million dollars to several billion dollars"), keep the two amounts.

A year after a preposition of time is no low end either: "rose in the first half of 2026 to $418
million", "in 2025 to 3,000 yuan" (``dated_year``)."""

from __future__ import annotations

import re

__all__ = ["dated_year", "spread_before"]

_SPREAD = re.compile(
    # (and prices: "tickets are priced from", "rooms cost from", "fares from")
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|ran|runs?|running|anything|anywhere|somewhere|priced|pric(?:e|es|ing)|"
    r"costs?|costing|sells?|selling|sold|charg(?:e|es|ed|ing)|tickets?|fares?|fees?)"
    r"(?:\s+(?:widely|greatly|considerably|roughly|generally|anywhere|from))?\s+from\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)


# pay offered or earned, named right before "from" ("salaries from $900 to $1,400", "offering wages from"): a range of
# what different posts pay, unless a verb of change comes before it ("raised salaries from ... to ...")
_PAY_FROM = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|pay|earnings|stipends?|allowances?|offering|offered|paying)\s+from\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:r[ao]se|ris(?:e|es|en|ing)|rais(?:e|es|ed|ing)|increas\w*|cut(?:s|ting)?|reduc\w*|lower(?:s|ed|ing)?|"
    r"slash\w*|decreas\w*|hik(?:e|es|ed|ing)|bump\w*|doubl\w*|tripl\w*|fell|fall(?:s|en|ing)?|drop\w*|"
    r"climb\w*|jump\w*|go(?:es|ne)?\s+up|went\s+up|(?:ad)?just\w*|revis\w*|chang\w*|mov(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


# (s386) a sum named between "from" and the amount ("ranging from the equivalent of $600 to ..."): the verb is before it
_NAMED_SUM = re.compile(r"(?<=from\s)(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){1,2}?of\s+$", re.IGNORECASE)


def spread_before(text: str, start: int) -> bool:
    """Does "from" just before ``start`` follow a verb of spread ("ranged from", "anything from"), or pay offered
    ("salaries from") with no verb of change before it?"""
    if (named := _NAMED_SUM.search(text, max(0, start - 40), start)) is not None:
        start = named.start()
    if _SPREAD.search(text, max(0, start - 60), start) is not None:
        return True
    return _PAY_FROM.search(text, max(0, start - 40), start) is not None and _CHANGE_BEFORE.search(
        text, max(0, start - 80), start) is None


_YEAR = re.compile(r"(?:19|20)\d\d")
# a preposition or a word of time right before the year: "of 2026", "in 2025", "since 2019", "June 2024"
_TIME_BEFORE = re.compile(
    r"\b(?:of|in|since|during|until|till|by|throughout|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|fiscal|FY)\.?\s+$",
    re.IGNORECASE,
)


def dated_year(text: str, start: int, end: int) -> bool:
    """Is the bare number at ``text[start:end]`` a year after a preposition of time ("in 2026")?"""
    return _YEAR.fullmatch(text[start:end]) is not None and _TIME_BEFORE.search(text, max(0, start - 12), start) is not None
