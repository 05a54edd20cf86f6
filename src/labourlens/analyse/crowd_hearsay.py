"""Hearsay passed on by a speaker: "people say he was thrown over", "People say his leg was broken".

A bare "people" (or "some people", "many people") who "say" something is no speaker a reader can name: it is
what the person already speaking has heard, and the sentence stays with that person (the hedge is in
``knowledge/hedges.yaml``). "The people say", "these people say" and "people in the camp say" name a group
and keep it.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["crowd_hearsay"]

_CROWD = frozenset(("people", "some people", "many people", "other people"))
_SAY_TAIL = re.compile(r"\s+(?:say|are\s+saying)\b", re.IGNORECASE)


def crowd_hearsay(m: Mention | None, text: str) -> Mention | None:
    """None when ``m`` is a bare crowd that "says" (the sentence then carries on its paragraph's speaker)."""
    if m is None or m.wording[:1] not in "PpSsMmOo" or m.wording.lower() not in _CROWD:
        return m
    return None if _SAY_TAIL.match(text, m.end) else m
