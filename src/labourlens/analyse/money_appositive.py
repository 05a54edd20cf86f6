"""Conversions into another local currency that annotators count as amounts of their own, for
the money stage (:mod:`labourlens.analyse.money`).

A dollar figure after an amount ("500 riyals, about $133") is a stated conversion of it, never a
separate amount. A figure in a third currency set off by a comma or dash ("1,000 riyals a month,
about 34,000 Kenyan shillings"; "18,500 kwacha, roughly 5,100 yuan at the rate of the time";
"250 dinars, or about 47,000 pesos") is how the report tells what the sum is worth at home, and
it is counted as an amount in its own right. A bracketed equivalent in a third currency
("800 zlotys (about €190)") stays attached to the amount it converts. A figure restated in the same
currency under another name ("65 million rials (6.5 million tomans)") converts nothing: it is an
amount of its own too."""

from __future__ import annotations

__all__ = ["unless_own"]


def unless_own(conv_end: int | None, text: str, amount_end: int, conv_start: int, conv_currency: str | None,
               currency: str | None = None) -> int | None:
    """``conv_end``, or None where the conversion in ``conv_currency`` starting at ``conv_start``
    is an appositive in a currency other than the dollar, or the amount's own ``currency`` restated,
    and so an amount of its own."""
    if conv_end is not None and conv_currency is not None and conv_currency == currency:
        return None
    if conv_end is None or conv_currency in (None, "USD"):
        return conv_end
    gap = text[amount_end:conv_start]
    if "(" in gap or "[" in gap:
        return conv_end
    return None
