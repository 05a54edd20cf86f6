"""An outlet's source named again by the outlet ("The Kama Herald reported, citing a source in the regional police,
that ... According to the Kama Herald's source, ..."): the one source the outlet cited, not a second, unnamed one;
"the source" after it is the same person. Merged in the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`); examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["relayed_sources"]

# "the Kama Herald's source", "Kama Herald's sources", "the newspaper's source"
_OWNED_SOURCE = re.compile(r"^(?:the\s+)?(?P<owner>[\w.-]+(?:\s+[\w.-]+){0,4}?)['\u2019]s?\s+(?:anonymous\s+|unnamed\s+)?"
                           r"sources?$", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _same_body(a: str, b: str) -> bool:
    return _DETERMINER.sub("", a.strip()).lower() == _DETERMINER.sub("", b.strip()).lower()


def relayed_sources(text: str, result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with "X's source" merged into the source X cited before it (``result`` rewritten in place)."""
    merged: dict[str, Source] = {}
    for s in sources:
        if s.kind != "anonymous_source" or not s.spans:
            continue
        a, b = min(s.spans)
        owned = _OWNED_SOURCE.match(text[a:b].strip()) if 0 <= a < b <= len(text) else None
        if owned is None:
            continue
        cited = [e for e in sources if e.key != s.key and e.key not in merged and e.relay and e.spans
                 and min(e.spans)[0] < a and e.kind in ("anonymous_source", "official")
                 and _same_body(e.relay, owned.group("owner"))]
        if not cited:
            continue
        merged[s.key] = max(cited, key=lambda e: min(e.spans)[0])
    return merge_into(sources, result, merged)
