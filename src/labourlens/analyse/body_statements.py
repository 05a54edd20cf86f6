"""A body's statement named by the body's common noun right after the body spoke ("The Kuwaiti embassy in Colombo
rejected the suggestion ... '...,' an embassy statement said."): the statement is the embassy's words, one source
with the embassy. Only the body met last before it, within a few hundred characters, whose wording holds the noun
("embassy", "ministry", "company") is read so. Merged in the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`); examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["body_statements"]

_STATEMENT = re.compile(r"^(?:an?|the)\s+(?P<body>[a-z]+)\s+(?:statement|press\s+release|release|written\s+reply|reply|"
                        r"letter|communiqu\u00e9|communique)$", re.IGNORECASE)
_BODY_KINDS = frozenset({"official", "organization"})
_LIMIT = 600  # characters between the body's last words and its statement


def body_statements(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with "an embassy statement" merged into the embassy that spoke just before (``result`` rewritten in
    place)."""
    if not any(_STATEMENT.match((s.wording or "").strip()) for s in sources):
        return list(sources)
    merged: dict[str, Source] = {}
    for s in sources:
        m = _STATEMENT.match((s.wording or "").strip())
        if m is None or not s.spans:
            continue
        at = min(s.spans)[0]
        noun = re.compile(rf"\b{re.escape(m.group('body').lower())}\b")
        before = [e for e in sources if e.key != s.key and e.kind in _BODY_KINDS and e.spans
                  and max(b for b, _ in e.spans) < at]
        if not before:
            continue
        last = max(before, key=lambda e: max(b for b, _ in e.spans))
        if noun.search((last.wording or "").lower()) and at - max(b for _, b in last.spans) <= _LIMIT:
            merged[s.key] = last
    return merge_into(sources, result, merged)
