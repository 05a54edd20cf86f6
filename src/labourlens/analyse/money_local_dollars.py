"""Bare dollars in a report that counts its money in a local dollar, for the money stage
(:mod:`labourlens.analyse.money`).

"$" and "dollars" are read as US dollars. A report set in Australia or New Zealand that writes
its sums as "A$220" or "NZ$23.50" drops the prefix where it is plain which dollar it means: a
headline over the body ("left with $90 a week"), a worker's own words ("our room cost 150 dollars
a week"). :func:`settle` gives such a bare amount the local dollar when the report writes exactly
one local dollar with its prefix, its places are mostly in that dollar's country, and it never
uses the bare sign for a conversion ("A$90 ($59)", the wire style in which "$" stays the US
dollar). Used by :mod:`labourlens.analyse.pipeline`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from labourlens.analyse import fx
from labourlens.model import Amount, PlaceMention

__all__ = ["settle"]

# the dollars that are written with a prefix of their own country
_LOCAL = frozenset({"AUD", "NZD", "CAD", "SGD", "HKD", "TWD", "FJD", "SBD", "BND"})
# a sum in bare dollars: "$90", "$ 1,200", "200 dollars" (never "US$", "U.S. dollars")
_BARE = re.compile(r"(?:\$\s?\d[\d,.]*(?:\s+(?:million|billion|thousand|m|bn|k))?|\d[\d,.]*(?:\s+(?:million|billion|thousand))?"
                   r"\s+dollars?)", re.IGNORECASE)
# the bare sign used as a conversion: "A$90 ($59)", "(about $1,200)", "[$300]"
_BARE_CONVERSION = re.compile(r"[(\[]\s*(?:about|around|roughly|some|approximately|nearly|almost|or|just\s+over|"
                              r"just\s+under|over|under)?\s*(?<![A-Za-z])\$\s?\d", re.IGNORECASE)


def settle(text: str, amounts: Sequence[Amount], places: Sequence[PlaceMention], published: date | None) -> None:
    """Give the bare-dollar amounts of ``text`` the report's one local dollar, in place."""
    local = {a.currency for a in amounts if a.kind == "money" and a.currency in _LOCAL and "$" in a.text}
    if len(local) != 1 or _BARE_CONVERSION.search(text):
        return
    code = next(iter(local))
    votes = Counter(p.country for p in places if p.country)
    if not votes or votes.most_common(1)[0][0] != code[:2]:
        return
    for amount in amounts:
        if amount.kind != "money" or amount.currency != "USD" or amount.stated_usd is not None:
            continue
        if not _BARE.fullmatch(amount.text.strip()) or amount.start > 0 and text[amount.start - 1].isalpha():
            continue  # "US$59", "NZ$", or a conversion of its own
        amount.currency = code
        amount.usd = amount.usd_low = amount.usd_high = amount.fx_rate = None
        amount.fx_date = amount.fx_source = amount.fx_note = None
        fx.normalise([amount], published)
