"""A bare "the worker" that names again the worker just heard by name, for the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`).

'A second woman, who asked to be called Amina, said ... "...," Amina said.' then "The worker said she was owed
seven months of wages.": a story that quotes workers by name calls the one it has just quoted "the worker" (or
"the housemaid", "the rider"). When a sentence's speaker is such a bare definite noun (no qualifier, no name),
met there for the first time, and the last speaker before it was a person named in the story, it is that
person. The nouns are data (``worker_backref_nouns`` in ``speaker_roles.yaml``). Examples here and in the tests
are invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["worker_backrefs"]


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    data = knowledge.load("speaker_roles.yaml")
    return frozenset(f"the {str(w).lower()}" for w in data.get("worker_backref_nouns") or [])


def worker_backrefs(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """Give the sentences of a bare "the worker" to the named person heard just before it (in place); the
    sources without it when it was merged."""
    by_key = {s.key: s for s in sources}
    merged: set[str] = set()
    for i, s in enumerate(sentences):
        src = by_key.get(result[i].source)
        if src is None or not result[i].explicit or (src.wording or "").strip().lower() not in _nouns() \
                or not src.spans or min(src.spans)[0] < s.start:
            continue
        before = next((result[j] for j in range(i - 1, max(-1, i - 12), -1)
                       if result[j].explicit and result[j].source != OUTLET_KEY), None)
        prev = by_key.get(before.source) if before is not None else None
        if prev is None or prev.kind != "named_person" or prev.key == src.key \
                or sentences[i].paragraph - _paragraph_of(sentences, result, prev.key, i) > 1:
            continue
        for j, att in enumerate(result):
            if att.source == src.key:
                result[j] = replace(att, source=prev.key)
        merged.add(src.key)
    return [s for s in sources if s.key not in merged]


def _paragraph_of(sentences: Sequence[Sentence], result: list[Any], key: str, before: int) -> int:
    """The paragraph of the last sentence before ``before`` given to ``key``."""
    return next((sentences[j].paragraph for j in range(before - 1, -1, -1) if result[j].source == key), -10)
