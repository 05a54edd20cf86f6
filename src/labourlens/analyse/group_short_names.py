"""A rights group, network or union named again by the first words of its name ("the advocacy group Harbour Light
Migrant Network said ... Harbour Light also alleged ..."): the short name is the group that spoke before, not a
person, and its words go to that source. The group's full name must stand as a source of kind ``organization``
whose name goes on from the short one with capitalised words or acronyms ending in a word of the names of groups
(``knowledge/speaker_kinds.yaml``, ``ngo_name_words``: network, watch, rights, centre ...). Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["group_short_names"]

# a short name: one or two capitalised words, hyphenated or not ("Kapit-Bisig", "Harbour Light")
_SHORT = re.compile(r"^[A-Z][\w'\u2019]+(?:-[A-Z]?[\w'\u2019]+)?(?:\s+[A-Z][\w'\u2019-]+)?$")
# what follows the short name inside the full one: capitalised words or acronyms, the last a group word
_REST = re.compile(r"^(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|and))*?\s+(?P<last>[A-Z][\w'\u2019-]*)$")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("ngo_name_words", []))


def _full_name_of(short: str, wording: str) -> bool:
    """Does the organisation's ``wording`` hold ``short`` as the start of its name, followed by a group's name?"""
    at = wording.find(short + " ")
    if at < 0 or at > 0 and wording[at - 1] != " ":
        return False
    m = _REST.match(wording[at + len(short):])
    return m is not None and m.group("last").lower() in _group_words()


def group_short_names(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a short name that is a group named in full before merged into that group (``result`` in
    place)."""
    merged: dict[str, Source] = {}
    orgs = [s for s in sources if s.kind == "organization" and s.spans]
    if not orgs:
        return list(sources)
    for s in sources:
        name = (s.wording or "").strip()
        if s.kind not in ("named_person", "anonymous_source") or not s.spans or not _SHORT.match(name):
            continue
        first = min(s.spans)[0]
        full = [o for o in orgs if o.key != s.key and min(o.spans)[0] < first and _full_name_of(name, o.wording or "")]
        if full:
            merged[s.key] = full[0]
    return merge_into(sources, result, merged)
