"""The places of a report tell which money a shared name means when no word of the currency's own context does.

"Rs 70,000" in a report datelined MULTAN is Pakistani rupees, though the report never writes "Pakistan": the
gazetteer has put Multan in Pakistan. :mod:`labourlens.analyse.money` resolves a shared name ("Rs", "rupees", "som")
by the context words of ``currencies.yaml`` and falls back on the group's default when there are none anywhere in
the text; :func:`settle` then gives such an amount the currency of the country the report's places are in, where
one of the group's currencies is that country's. A national currency's ISO 4217 code opens with its country's ISO
3166 code (PKR, Pakistan PK; NPR, Nepal NP), so no table is needed. Used by :mod:`labourlens.analyse.pipeline`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from labourlens.analyse import fx, money
from labourlens.model import Amount, PlaceMention

__all__ = ["settle"]

_TOKEN = re.compile(r"[^\W\d_]+\.?|[^\w\s.,]")


def _group(amount: Amount) -> str | None:
    """The shared currency name ("rupee", "som") the amount is written in, if any."""
    lex = money._lexicon()
    for token in _TOKEN.findall(amount.text):
        code = lex.symbols.get(token) or lex.words.get(token.lower().rstrip(".")) or lex.words.get(token.lower())
        if code and code.startswith("?"):
            return code[1:]
    return None


def settle(text: str, amounts: Sequence[Amount], places: Sequence[PlaceMention], published: date | None) -> None:
    """Give the amounts written in a shared name whose group found no context word in ``text`` the currency of
    the report's places (the country most of them are in, among the group's currencies), in place."""
    if not amounts or not places:
        return
    lex = money._lexicon()
    votes: Counter[str] | None = None
    for amount in amounts:
        group = _group(amount) if amount.kind == "money" else None
        if group is None or group not in lex.whole_text or group not in lex.ambiguous:
            continue
        default, contexts = lex.ambiguous[group]
        if amount.currency != default or any(p.search(text) for p in contexts.values()):
            continue  # a context word decided it, or another reading did
        if votes is None:
            votes = Counter(p.country for p in places if p.country)
        ranked = [(votes[code[:2]], code) for code in contexts if votes[code[:2]]]
        if not ranked:
            continue
        best = max(ranked)[1]
        if best != amount.currency:
            amount.currency = best
            amount.usd = amount.usd_low = amount.usd_high = amount.fx_rate = None
            amount.fx_date = amount.fx_source = amount.fx_note = None
            fx.normalise([amount], published)
