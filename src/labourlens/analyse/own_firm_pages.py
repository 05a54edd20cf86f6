"""A firm's own page speaking of itself as "the company": on a statement a firm publishes on its own site ("Statement
on press reports | Dunmore Freight Ltd"), the page's outlet is the firm, and "The company rejects these claims" is
the firm's own voice, however another body (a news site it answers) was met in between. Given here to the page's
voice, in the last pass of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`), when the outlet
is a firm's name closed by a legal form, that name is in the text before "the company" speaks, and no other name
closed by a legal form is. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from labourlens.analyse.legal_forms import alternation
from labourlens.analyse.source_merges import to_page_voice
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Source

__all__ = ["own_firm_pages"]

_BARE_FIRM = frozenset(("the company", "the firm"))


@lru_cache(maxsize=1)
def _legal_name() -> re.Pattern[str]:
    """A capitalised name of one to six words closed by a legal form ("Dunmore Freight Ltd", "Harbor Line LLC")."""
    return re.compile(rf"\b[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){{0,5}}\s+{alternation()}(?!\w)")


def own_firm_pages(text: str, result: list[Any], sources: Sequence[Source], outlet: str | None) -> list[Source]:
    """``sources`` without a bare "the company" that is the page's own firm, whose attributions go to the page's
    voice (``result`` rewritten in place)."""
    if not outlet or _legal_name().fullmatch(outlet.strip()) is None:
        return list(sources)
    keys: set[str] = set()
    for s in sources:
        if s.key == OUTLET_KEY or s.kind != "organization" or (s.wording or "").strip().lower() not in _BARE_FIRM \
                or not s.spans:
            continue
        before = text[:min(s.spans)[0]]
        names = {m.group(0) for m in _legal_name().finditer(before)}
        if outlet.strip() in before and names <= {outlet.strip()}:
            keys.add(s.key)
    return to_page_voice(sources, result, keys)
