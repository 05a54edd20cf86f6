""""the group said" after a counted group of people came to the writer or spoke ("Eleven pickers from Osh came to our
office ... The men lived in a hangar, the group said."): the same people, not a rights group. Only when the text
named no body before it, as a source or not, that "the group" could be (a name with a word of a rights group's name,
``ngo_name_words`` in ``speaker_kinds.yaml``: "Harbor Rights Network interviewed 50 fishermen. The group said ..." is
the network), and the counted group was met within a few paragraphs. Merged in the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`); examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["group_word_backrefs"]

_GROUP_WORD = re.compile(r"(?:the|this)\s+group", re.IGNORECASE)
_COUNTED = re.compile(r"(?:about|around|some|at\s+least\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|a\s+dozen|dozens\s+of|\d{1,3})\s+[a-z]", re.IGNORECASE)
_BODY_WORDS = frozenset("group groups organisation organization ngo association union network coalition alliance "
                        "centre center foundation committee campaign".split())
_LIMIT = 1500  # characters between the group and "the group"
_CAPITAL_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+\b")  # a name of two words or more


@lru_cache(maxsize=1)
def _ngo_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_kinds.yaml").get("ngo_name_words") or [])


def _body_named_before(text: str, at: int) -> bool:
    """Did the text name a body before offset ``at`` with a word of a rights group's name ("Harbor Rights Network")?"""
    words = _ngo_words()
    return any(words & set(run.group().lower().split()) for run in _CAPITAL_RUN.finditer(text, 0, at))


def group_word_backrefs(text: str, result: list[Any], sources: Sequence[Source]) -> list[Source]:
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
        if _body_named_before(text, at):
            continue
        groups = [e for e in earlier if e.kind == "anonymous_source" and _COUNTED.match((e.wording or "").strip())
                  and at - min(e.spans)[0] <= _LIMIT]
        if groups:
            merged[s.key] = max(groups, key=lambda e: min(e.spans)[0])
    return merge_into(sources, result, merged)
