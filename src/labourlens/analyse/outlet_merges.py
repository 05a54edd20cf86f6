"""One outlet met twice: "According to the channel, ..." (worded later by the channel's name, see
:mod:`labourlens.analyse.channel_backrefs`) and "In a later post, Stroy Watch said ..." are both the channel Stroy
Watch, so both speak as one source. Called from :mod:`labourlens.analyse.forum_posts`; examples are invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["same_named_outlets"]


def same_named_outlets(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each outlet source worded by the same name as an earlier outlet source folded into that one
    (``result`` rewritten in place); the page's own outlet is never folded."""
    first: dict[str, Source] = {}
    merged: dict[str, Source] = {}
    for s in sources:
        if s.kind != "outlet" or s.key == "OUTLET" or not s.wording:
            continue
        name = (s.canonical or s.wording).strip().casefold()
        if name in first:
            merged[s.key] = first[name]
        else:
            first[name] = s
    return merge_into(sources, result, merged)
