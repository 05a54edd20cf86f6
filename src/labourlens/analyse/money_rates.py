"""A shared currency name read through the conversion a report gives for it, for the money stage
(:mod:`labourlens.analyse.money`).

"Won", "dinar" and "riyal" each name several currencies, and the words around the amount usually
tell which (:func:`labourlens.analyse.money._resolve`). When the text itself converts the amount
into dollars, the rate it implies tells too, and more surely: "700 billion won ($500 million)" is
1,400 won to the dollar, the South Korean won, even in a story about Pyongyang's earnings, where
the North Korean won would be near 100 (official) or several thousand (market) to the dollar.
The bands, generous for rounded conversions ("about $1,130"), are in ``currencies.yaml``
(``stated_rate_bands``); the context's currency stays whenever its own band holds the rate or the
rate fits no single other band."""

from __future__ import annotations

from functools import lru_cache

from labourlens import knowledge

__all__ = ["by_stated_rate"]


@lru_cache(maxsize=1)
def _bands() -> dict[str, dict[str, tuple[float, float]]]:
    data = knowledge.load("currencies.yaml").get("stated_rate_bands") or {}
    return {str(g): {str(c): (float(b[0]), float(b[1])) for c, b in (cur or {}).items()} for g, cur in data.items()}


def by_stated_rate(group: str, resolved: str | None, value: float | None, stated_usd: float | None) -> str | None:
    """The currency of an amount of ``value`` written in the shared name ``group`` ("won"), resolved
    from context to ``resolved``, that the text converts to ``stated_usd`` dollars."""
    bands = _bands().get(group)
    if not bands or not resolved or not value or not stated_usd or stated_usd <= 0:
        return resolved
    rate = value / stated_usd  # units of the currency to one dollar

    def fits(cur: str) -> bool:
        lo, hi = bands[cur]
        return lo <= rate <= hi

    if resolved not in bands or fits(resolved):
        return resolved
    others = [c for c in bands if c != resolved and fits(c)]
    return others[0] if len(others) == 1 else resolved
