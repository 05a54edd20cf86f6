"""People named again by a noun made from what they did: "the escapee" after "a welder who escaped last spring",
"the survivor" after "a woman who survived two years in the compound", "the returnee" after "a welder who came home
in May". Used by :func:`labourlens.analyse.definite_backrefs.definite_entry` for an unnamed source. The nouns and
their deeds are knowledge (``agent_deeds`` in ``knowledge/source_roles.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["did_what_noun_says"]


@lru_cache(maxsize=1)
def _clauses() -> dict[str, re.Pattern[str]]:
    """The agent noun (singular) -> the clause that introduced the person: "who escaped", "who had fled", "after
    escaping"."""
    data = knowledge.load("source_roles.yaml").get("agent_deeds") or {}
    out: dict[str, re.Pattern[str]] = {}
    for noun, deeds in data.items():
        alt = "|".join(str(d).replace(" ", r"\s+") for d in deeds)
        out[str(noun).lower()] = re.compile(rf"\b(?:who|that)\s+(?:had\s+|has\s+|have\s+|recently\s+|later\s+)?(?:{alt})\b|"
                                            rf"\b(?:after|since)\s+(?:{alt})\b", re.IGNORECASE)
    return out


def did_what_noun_says(head: str, wording: str) -> bool:
    """Does ``wording`` (an earlier source) introduce someone who did what the agent noun ``head`` ("escapee")
    says they did ("a welder who escaped last spring")?"""
    clause = _clauses().get(head.lower())
    return clause is not None and clause.search(wording) is not None
