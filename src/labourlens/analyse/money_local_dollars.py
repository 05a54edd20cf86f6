"""Bare dollars in a report that counts its money in a local dollar, for the money stage
(:mod:`labourlens.analyse.money`).

"$" and "dollars" are read as US dollars. A report set in Australia or New Zealand that writes
its sums as "A$220" or "NZ$23.50" drops the prefix where it is plain which dollar it means: a
headline over the body ("left with $90 a week"), a worker's own words ("our room cost 150 dollars
a week"). :func:`settle` gives such a bare amount the local dollar when the report writes exactly
one local dollar with its prefix, its places are mostly in that dollar's country, and it never
uses the bare sign for a conversion ("A$90 ($59)", the wire style in which "$" stays the US
dollar). A report that never writes a prefix at all (a court report from Singapore, a parliamentary
record from Canberra) counts in its home dollar when its places lie overwhelmingly in one country
whose currency is a dollar and it never names the US dollar (a list of the workers' homelands in a row, "from Fiji,
Samoa and Tonga", counts as one mention). Used by :mod:`labourlens.analyse.pipeline`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from labourlens.analyse import fx
from labourlens.analyse.gated import gated
from labourlens.model import Amount, PlaceMention

__all__ = ["settle"]

# the dollars (and the pesos written with a "$") that are written with a prefix of their own country
_LOCAL = frozenset({"AUD", "NZD", "CAD", "SGD", "HKD", "TWD", "FJD", "SBD", "BND", "TTD", "JMD", "XCD", "BBD", "BZD",
                    "GYD", "MXN", "DOP"})
# the countries whose home press writes its own dollar, or its own peso, as a bare "$"
_HOME = {"AU": "AUD", "NZ": "NZD", "SG": "SGD", "CA": "CAD", "HK": "HKD", "MX": "MXN", "CO": "COP", "CL": "CLP",
         "AR": "ARS", "DO": "DOP", "UY": "UYU"}
# a peso's "$" counts as the peso only in a report that names pesos too ("450 pesos ... $280") or its code
_PESO = frozenset({"MXN", "COP", "CLP", "ARS", "DOP", "UYU"})
_PESO_WORD = re.compile(r"\bpesos?\b", re.IGNORECASE)
_MILLIONS = re.compile(r"\d\s*(?:million|billion|mn|bn|m)\b", re.IGNORECASE)
# a code right after a bare sum names its currency: "$9,500 MXN", "$1,500 (CAD)"
_CODE_AFTER = re.compile(r"[ \t]*\(?([A-Z]{3})\b")
# any naming of the US dollar, which keeps the bare sign ambiguous
# (gated: the scan tried each alternative at every character of the text)
_US_DOLLAR = gated(r"\bUS\s?\$|\bUSD\b|\bU\.\s?S\.?\s+dollars?\b|\bUS\s+dollars?\b|\bAmerican\s+dollars?\b|"
                        r"\bgreenbacks?\b", re.IGNORECASE)
# a sum in bare dollars: "$90", "$ 1,200", "200 dollars" (never "US$", "U.S. dollars")
_ONE_BARE = (r"(?:\$\s?\d[\d,.]*(?:\s+(?:million|billion|thousand|m|bn|k))?|\d[\d,.]*(?:\s+(?:million|billion|thousand))?"
             r"\s+dollars?)")
# one bare sum, or a range of two ("$150 and $400", "$900 to $2,300", "$5-$8")
_BARE = re.compile(rf"{_ONE_BARE}(?:\s*(?:and|to|-|\u2013)\s*{_ONE_BARE})?", re.IGNORECASE)
# the bare sign used as a conversion: "A$90 ($59)", "(about $1,200)", "[$300]"
_BARE_CONVERSION = re.compile(r"[(\[]\s*(?:about|around|roughly|some|approximately|nearly|almost|or|just\s+over|"
                              r"just\s+under|over|under)?\s*(?<![A-Za-z])\$\s?\d", re.IGNORECASE)


def settle(text: str, amounts: Sequence[Amount], places: Sequence[PlaceMention], published: date | None) -> None:
    """Give the bare-dollar amounts of ``text`` the report's one local dollar, in place."""
    for amount in amounts:  # "$7,000 to $8,500 MXN": the code says which
        m = _CODE_AFTER.match(text, amount.end)
        if amount.kind == "money" and amount.currency == "USD" and m and m.group(1) in _LOCAL | _PESO \
                and _BARE.fullmatch(amount.text.strip()) and not (amount.start > 0 and text[amount.start - 1].isalpha()):
            _recount(amount, m.group(1), published)
    local = {a.currency for a in amounts if a.kind == "money" and a.currency in _LOCAL and "$" in a.text}
    if len(local) > 1 or _BARE_CONVERSION.search(text):
        return
    votes = _votes(text, places)
    if not local:
        code = _home_dollar(text, votes)
        if code is None:
            return
    else:
        code = next(iter(local))
    if not votes or votes.most_common(1)[0][0] != code[:2]:
        return
    for amount in amounts:
        if amount.kind != "money" or amount.currency != "USD" or amount.stated_usd is not None:
            continue
        if not _BARE.fullmatch(amount.text.strip()) or amount.start > 0 and text[amount.start - 1].isalpha():
            continue  # "US$59", "NZ$", or a conversion of its own
        if code in _PESO and ("$" not in amount.text or _MILLIONS.search(amount.text)):
            continue  # "200 dollars" in a report on Mexico: US dollars; "$200" there is pesos, but "$320 million" to
            # build a plant is the investor's dollars
        _recount(amount, code, published)


def _recount(amount: Amount, code: str, published: date | None) -> None:
    amount.currency = code
    amount.usd = amount.usd_low = amount.usd_high = amount.fx_rate = None
    amount.fx_date = amount.fx_source = amount.fx_note = None
    fx.normalise([amount], published)


# what joins the names of a list: "from Fiji, Samoa and Tonga", "Kenya or Uganda"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)", re.IGNORECASE)


def _votes(text: str, places: Sequence[PlaceMention]) -> Counter[str]:
    """The place mentions per country, a list of countries in a row ("students from Fiji, Samoa and Tonga": where
    the people come from, not where the report is set) counted as one mention, of its first country."""
    mentioned = sorted((p for p in places if p.country), key=lambda p: p.start)
    votes: Counter[str] = Counter()
    run: list[PlaceMention] = []
    for place in [*mentioned, None]:
        if place is not None and run and place.level == "country" and run[-1].level == "country" and (
                place.country != run[-1].country) and _LIST_JOIN.fullmatch(text, run[-1].end, place.start):
            run.append(place)
            continue
        if run:
            if len({p.country for p in run}) > 1:
                votes[str(run[0].country)] += 1
            else:
                votes.update(str(p.country) for p in run)
        run = [] if place is None else [place]
    return votes


def _home_dollar(text: str, votes: Counter[str]) -> str | None:
    """The dollar of the one country a report without any prefixed dollar is set in: at least two
    of its place mentions, more than half of them and twice as many as any other country's (the
    workers' homelands come second), in a country that counts in dollars, and no naming of the US
    dollar anywhere."""
    if not votes or _US_DOLLAR.search(text):
        return None
    ranked = votes.most_common(2)
    country, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if country not in _HOME or count < 2 or count * 2 <= sum(votes.values()) or count < 2 * second:
        return None
    if _HOME[country] in _PESO and not (_PESO_WORD.search(text) or _HOME[country] in text):
        return None  # "$" alone in a report on Mexico may be a US price
    return _HOME[country]
