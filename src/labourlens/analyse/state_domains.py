"""Bodies of the state told apart by their field: "The prosecutor's office said ..." after "The regional
labour ministry said ..." is a second body, not the ministry named again; "the ministry" or "the
government" (no field) may still refer back. The fields are data (knowledge/source_roles.yaml
``state_domains``); used by :mod:`labourlens.analyse.registry` when a definite body looks for its
antecedent. Examples are invented."""

from __future__ import annotations

import re
from functools import cache

from labourlens import knowledge

__all__ = ["domains", "domain_clash"]


@cache
def _fields() -> tuple[re.Pattern[str], ...]:
    data = knowledge.load("source_roles.yaml") or {}
    out = []
    for words in data.get("state_domains") or []:
        alternation = "|".join(re.escape(str(w).lower()).replace("'", "['\u2019]")
                               for w in sorted(words, key=lambda w: -len(str(w))))
        out.append(re.compile(rf"\b(?:{alternation})\b"))
    return tuple(out)


@cache
def domains(wording: str) -> frozenset[int]:
    """The fields of the state that ``wording`` names (indexes into the data's list)."""
    low = wording.lower()
    return frozenset(i for i, pattern in enumerate(_fields()) if pattern.search(low))


def domain_clash(np: str, earlier: str) -> bool:
    """Do ``np`` and the ``earlier`` body's wording both name a field of the state, and no field in common?"""
    mine = domains(np)
    if not mine:
        return False
    theirs = domains(earlier)
    return bool(theirs) and not mine & theirs
