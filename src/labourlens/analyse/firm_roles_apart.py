"""Firms told apart by the workplace a definite description names (used by
:mod:`labourlens.analyse.definite_backrefs`): "the warehouse operator" after "The agency, Praca Nord" is the firm
that runs the warehouse, another firm than the agency that placed the workers; "the farm operator" after
"the farm's owner, Delgado Hermanos" is the same firm (the earlier wording names the farm)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["workplace_clash"]

_RUNNERS = frozenset({"operator", "operators", "owner", "owners"})
_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=1)
def _workplaces() -> frozenset[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("workplace_nouns") or [] if " " not in str(w))


def workplace_clash(norm: str, head: str, earlier_head: str, earlier_wording: str) -> bool:
    """Is ``norm`` ("the warehouse operator") the firm running a workplace that the earlier firm's wording
    (head noun ``earlier_head``) neither names nor runs by its own head noun?"""
    if head not in _RUNNERS:
        return False
    words = _WORD.findall(norm)
    if len(words) < 2 or words[-2] not in _workplaces():
        return False
    earlier = set(_WORD.findall(earlier_wording.lower()))
    return words[-2] not in earlier and earlier_head not in _RUNNERS
