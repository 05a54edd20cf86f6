"""Whether "from X to Y" with a currency on both ends is one range, for the money stage
(:mod:`labourlens.analyse.money`).

"Wages rose from 1,200 won to 1,600 won" names two amounts, a before and an after; but "fees
ranged from $200 to $300" and "anything from $50 to $80 a day" name one range whose ends each
carry their currency. The words before "from" tell them apart: a verb of spread (range, vary,
run, anything, anywhere) makes a range of two exact ends; anything else, and vague ends ("from a few
million dollars to several billion dollars"), keep the two amounts."""

from __future__ import annotations

import re

__all__ = ["spread_before"]

_SPREAD = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|ran|runs?|running|anything|anywhere|somewhere)"
    r"(?:\s+(?:widely|greatly|considerably|roughly|generally|anywhere|from))?\s+from\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?$",
    re.IGNORECASE,
)


def spread_before(text: str, start: int) -> bool:
    """Does "from" just before ``start`` follow a verb of spread ("ranged from", "anything from")?"""
    return _SPREAD.search(text, max(0, start - 60), start) is not None
