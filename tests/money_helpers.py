"""Shared helpers of the money probe tests: the money amounts ``money.find`` reads in a sentence on a fixed
report date, and the one amount that overlaps a given span."""

from __future__ import annotations

from datetime import date

from labourlens.analyse import money
from labourlens.model import Amount

DAY = date(2025, 3, 1)


def money_amounts(text: str) -> list[Amount]:
    """The amounts of kind ``money`` in ``text`` (percentages and counts left out), dated ``DAY``."""
    return [a for a in money.find(text, DAY) if a.kind == "money"]


def one_amount(text: str, span: str) -> Amount:
    """The single money amount that overlaps ``span`` in ``text`` (the test fails when there is none or more)."""
    start = text.index(span)
    hits = [a for a in money_amounts(text) if a.start < start + len(span) and start < a.end]
    assert len(hits) == 1, (text, [a.text for a in money_amounts(text)])
    return hits[0]
