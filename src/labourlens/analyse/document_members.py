"""One paper of a set the page has just cited: "Letters found in the dormitory describe ... 'We are hungry,' one
letter says." or "one of the contracts states ...". The one paper speaks as the set it belongs to, one source
with it. Only a ``document`` worded "one <noun>" or "one of the <nouns>" whose noun, made plural, is a word of a
document source met shortly before is merged ("another letter", "a second letter" is a paper apart from them).
Merged in the last pass of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`); examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["document_members"]

_ONE = re.compile(r"^(?:one|one\s+of\s+(?:the|these|those))\s+(?P<noun>[a-z]{3,})$",
                  re.IGNORECASE)
_LIMIT = 800  # characters between the set's last mention and the one paper
_WORD = re.compile(r"[a-z]+")


def _plurals(noun: str) -> set[str]:
    noun = noun.lower()
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    return forms


def document_members(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with "one message" merged into the set of messages cited just before (``result`` rewritten in
    place)."""
    merged: dict[str, Source] = {}
    for s in sources:
        m = _ONE.match((s.wording or "").strip()) if s.kind == "document" and s.spans else None
        if m is None:
            continue
        at = min(s.spans)[0]
        forms = _plurals(m.group("noun"))
        before = [e for e in sources if e.key != s.key and e.kind == "document" and e.spans
                  and max(b for b, _ in e.spans) < at and e.key not in merged]
        if not before:
            continue
        last = max(before, key=lambda e: max(b for b, _ in e.spans))
        words = set(_WORD.findall((last.wording or "").lower()))
        plural = any(f in words for f in forms if f != m.group("noun").lower() or m.group(0).lower().startswith("one of"))
        if plural and at - max(b for _, b in last.spans) <= _LIMIT:
            merged[s.key] = last
    return merge_into(sources, result, merged)
