""""the group said" after a counted group of people came to the writer or spoke ("Eleven pickers from Osh came to our
office ... The men lived in a hangar, the group said."): the same people, not a rights group. Only when no body
named as a group (an NGO, an association, a union) was met before, and the counted group was met within a few
paragraphs. Merged in the last pass of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`);
examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["group_word_backrefs"]

_GROUP_WORD = re.compile(r"(?:the|this)\s+group", re.IGNORECASE)
_COUNTED = re.compile(r"(?:about|around|some|at\s+least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|a\s+dozen|dozens\s+of|\d{1,3})\s+[a-z]", re.IGNORECASE)
_BODY_WORDS = frozenset("group groups organisation organization ngo association union network coalition alliance "
                        "centre center foundation committee campaign".split())
_LIMIT = 1500  # characters between the group and "the group"


def group_word_backrefs(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with "the group" folded into the counted group of people met just before (``result`` rewritten in
    place)."""
    merged: dict[str, Source] = {}
    for s in sources:
        if not s.spans or not _GROUP_WORD.fullmatch((s.wording or "").strip()):
            continue
        at = min(s.spans)[0]
        earlier = [e for e in sources if e.key != s.key and e.spans and min(e.spans)[0] < at]
        if any(e.kind in ("organization", "official") and _BODY_WORDS & set((e.wording or "").lower().split())
               for e in earlier):
            continue  # "the group" may be the rights group met before
        groups = [e for e in earlier if e.kind == "anonymous_source" and _COUNTED.match((e.wording or "").strip())
                  and at - min(e.spans)[0] <= _LIMIT]
        if groups:
            merged[s.key] = max(groups, key=lambda e: min(e.spans)[0])
    return merge_into(sources, result, merged)
