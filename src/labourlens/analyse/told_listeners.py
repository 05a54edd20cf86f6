"""Workers who "were told by" someone ("A group of nine facade workers in Perm were told by their foreman that they
had to work off the cost of their permits"; "Three cooks were informed by the manager that their pay would be cut"):
the sentence is the page's account of what was done to them, so the one who told them is no speaker of it (the
gold of three sets reads it so). A listener who relays what they heard (the Panel, auditors, reporters, "we") keeps
the teller as the speaker. The listener heads are data (``told_listener_heads`` in ``speaker_roles.yaml``); called
from :func:`labourlens.analyse.speaker_cues.informed_mention`. Examples are invented."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["workers_told"]

_TOLD = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:told|informed)\s*$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[;:]|,\s+(?:and|but)\s+|\b(?:that|who|which|when|after|because)\s+", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_RELAY = frozenset("we i our reporters reporter researchers investigators auditors inspectors panel committee "
                   "commission journalists correspondent interviewers monitors".split())


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_roles.yaml").get("told_listener_heads") or [])


def workers_told(before: str) -> bool:
    """Does ``before`` (the sentence up to "by <teller>") end with workers as the subject of "were told" or "were
    informed"?"""
    told = _TOLD.search(before)
    if told is None:
        return False
    subject = before[:told.start()]
    cuts = [m.end() for m in _CLAUSE_START.finditer(subject)]
    words = set(_WORD.findall(subject[cuts[-1] if cuts else 0:].lower()))
    return bool(words & _heads()) and not words & _RELAY
