"""Clergy who speak (a pass of :func:`labourlens.analyse.speaker_kinds.kind_of`).

A church's minister and a parish's ministry are no ministers of state: "a Fijian church minister in Nelson, Rev. Ana
Fua", "Sister Maeve Doyle, who leads her diocese's refugee ministry" and "the Rev. Tom Kelly" speak as people, by name
(``named_person``), or unnamed ("a church minister": ``anonymous_source``), never as ``official``. The main README's
Quality section puts clergy with the people who speak for themselves (the knowledge file ``source_roles.yaml`` lists them).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["clergy_kind"]

# "church minister", "the parish's migrant ministry", "a Methodist minister": a minister of a faith
_FAITH_MINISTER = re.compile(
    r"\b(?:church|churches|parish|chapel|congregation|diocese|diocesan|mosque|temple|methodist|baptist|catholic|anglican|"
    r"presbyterian|lutheran|evangelical|pentecostal|adventist)(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}?minist(?:er|ers|ry)\b",
    re.IGNORECASE)
# "Rev. Ana Fua", "the Reverend Tom Kelly": a cleric's title before a name
_REVEREND = re.compile(r"\b(?:Rev|Revd|Reverend)\.?\s+(?=[A-Z])")


def clergy_kind(text: str, name_in: Callable[[str], str | None]) -> str | None:
    """``named_person`` or ``anonymous_source`` for a cleric ("a church minister", "Rev. Ana Fua"), else None."""
    if "inist" not in text and "Rev" not in text:
        return None  # speed: no minister and no reverend
    faith = _FAITH_MINISTER.search(text)
    reverend = _REVEREND.search(text)
    if faith is None and reverend is None:
        return None
    if reverend is not None:
        return "named_person"
    return "named_person" if name_in(text) else "anonymous_source"
