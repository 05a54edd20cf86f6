"""A counted group of workers named again by a definite plural with an apposition ("... according to three workers
who spoke to us on condition of anonymity. The men, citizens of Uzbekistan who had worked near Moscow, said ..."):
the same group, not a second one, when no other group of people spoke in between. Both heads are worker nouns
(``told_listener_heads`` in ``speaker_roles.yaml``): "three guards" and then "The workers, ..." stay two groups.
Merged in the last pass of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`); examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["group_backrefs"]

_COUNT = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|\d{1,3}|several|some|"
          r"many|a\s+(?:group|handful)\s+of)")
# "three workers who spoke to ...", "Six Uzbek men", "a group of loggers": a counted group, its head a few words on
_COUNTED = re.compile(rf"^(?:(?:about|around|some|at\s+least)\s+)?{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?P<head>[a-z]+)\b",
                      re.IGNORECASE)
# "The men, citizens of Uzbekistan ...", "The workers, most of them from Osh": a definite plural and an apposition
_DEFINITE = re.compile(r"^(?:the|these|those)\s+(?P<head>[a-z]+),\s+\S", re.IGNORECASE)
_LIMIT = 1500  # characters between the group and its naming again


@lru_cache(maxsize=1)
def _worker_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_roles.yaml").get("told_listener_heads") or [])


def _group_head(wording: str) -> str | None:
    m = _COUNTED.match(wording.strip())
    return m.group("head").lower() if m is not None and m.group("head").lower() in _worker_heads() else None


def group_backrefs(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a definite plural and apposition merged into the counted group that spoke just before it
    (``result`` rewritten in place)."""
    ordered = sorted((s for s in sources if s.spans), key=lambda s: min(s.spans)[0])
    merged: dict[str, Source] = {}
    for i, s in enumerate(ordered):
        d = _DEFINITE.match((s.wording or "").strip()) if s.kind == "anonymous_source" else None
        if d is None or d.group("head").lower() not in _worker_heads():
            continue
        at = min(s.spans)[0]
        before = [e for e in ordered[:i] if e.kind == "anonymous_source" and e.key not in merged]
        groups = [e for e in before if _COUNTED.match((e.wording or "").strip()) or _DEFINITE.match(e.wording or "")]
        if not groups:
            continue
        last = groups[-1]
        if _group_head(last.wording or "") is None or at - max(b for _, b in last.spans) > _LIMIT:
            continue
        merged[s.key] = last
    return merge_into(sources, result, merged)
