"""People named again by a noun made from what they did: "the escapee" after "a welder who escaped last spring",
"the survivor" after "a woman who survived two years in the compound", "the returnee" after "a welder who came home
in May". Used by :func:`labourlens.analyse.definite_backrefs.definite_entry` for an unnamed source."""

from __future__ import annotations

import re

__all__ = ["did_what_noun_says"]

# the agent noun (singular) -> the clause that introduced the person: "who escaped", "who had fled", "after escaping"
_DEEDS = {
    "escapee": r"escaped|fled|ran away|got away|escaping|fleeing",
    "runaway": r"ran away|fled|escaped|running away|fleeing",
    "survivor": r"survived|surviving",
    "returnee": r"returned|came back|came home|returning|was sent home|were sent home|was repatriated",
    "defector": r"defected|defecting|fled the north|fled north korea",
    "deserter": r"deserted|deserting",
    "deportee": r"was deported|deported|being deported",
}
_CLAUSE = {noun: re.compile(rf"\b(?:who|that)\s+(?:had\s+|has\s+|have\s+|recently\s+|later\s+)?(?:{deeds})\b|"
                            rf"\b(?:after|since)\s+(?:{deeds})\b", re.IGNORECASE)
           for noun, deeds in _DEEDS.items()}


def did_what_noun_says(head: str, wording: str) -> bool:
    """Does ``wording`` (an earlier source) introduce someone who did what the agent noun ``head`` ("escapee")
    says they did ("a welder who escaped last spring")?"""
    clause = _CLAUSE.get(head.lower())
    return clause is not None and clause.search(wording) is not None
