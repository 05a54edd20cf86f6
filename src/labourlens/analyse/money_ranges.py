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


def spread_before(text: str, start: int) -> bool:
    """Does "from" just before ``start`` follow a verb of spread ("ranged from", "anything from")?"""
    return _SPREAD.search(text, max(0, start - 60), start) is not None


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
