"""Sources merged into others in the last pass of the attribution: the attributions of a merged source go to the one
it is merged into, and its mention spans with them (used by :mod:`labourlens.analyse.relayed_sources` and
:mod:`labourlens.analyse.group_backrefs`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Source

__all__ = ["merge_into", "to_page_voice"]


def merge_into(sources: Sequence[Source], result: list[Any], merged: dict[str, Source]) -> list[Source]:
    """``sources`` without the keys of ``merged``, each folded into its value (``result`` rewritten in place)."""
    if not merged:
        return list(sources)
    for j, att in enumerate(result):
        if att.source in merged:
            result[j] = replace(att, source=merged[att.source].key)
    spans: dict[str, list[tuple[int, int]]] = {}
    for key, into in merged.items():
        spans.setdefault(into.key, list(into.spans)).extend(next(s.spans for s in sources if s.key == key))
    return [replace(s, spans=sorted(spans[s.key])) if s.key in spans else s for s in sources if s.key not in merged]


def to_page_voice(sources: Sequence[Source], result: list[Any], keys: set[str]) -> list[Source]:
    """``sources`` without ``keys``, whose attributions go to the page's own voice (``result`` rewritten in place)."""
    if not keys:
        return list(sources)
    for j, att in enumerate(result):
        if att.source in keys:
            result[j] = replace(att, source=OUTLET_KEY)
    return [s for s in sources if s.key not in keys]
