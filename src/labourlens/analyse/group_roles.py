"""A group of people named again by the trade its introduction gave them: "the cooks" after "Eleven women who
were hired as cooks for a hotel chain said", "the drivers" after "Six men who went abroad as delivery drivers".
The definite plural names the group whose wording holds "as <trade>", not a new group of that trade."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse.registry_entry import Entry

__all__ = ["trade_given_group"]

_THE_PLURAL = re.compile(r"(?i)^the\s+([a-z][a-z-]*s)$")


def trade_given_group(entries: Sequence[Entry], np: str) -> Entry | None:
    """The last group of unnamed people whose wording gives them the trade that ``np`` ("the <trade>s") names,
    as "as <trade>s"; None when ``np`` has another shape or no group was given that trade."""
    m = _THE_PLURAL.match(np.strip())
    if m is None:
        return None
    trade = re.compile(rf"(?i)(?<!such)\s+as\s+(?:[a-z-]+\s+){{0,2}}{re.escape(m.group(1))}\b")
    found = [e for e in entries if e.plural and e.person and e.source.kind == "anonymous_source"
             and trade.search(e.source.wording or "") is not None]
    return max(found, key=lambda e: e.order) if found else None
