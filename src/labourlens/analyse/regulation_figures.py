"""Rules and quotas for hiring foreign workers (extractor ``regulation_figures.v1``).

A news item about a quota decree, a permit's price or the fines an employer faces names foreign workers only
as those whom the rule is about: "the quota for work permits was set at 7,800", "employers who hire foreign
workers above the quota face a fine of up to 800,000 rubles", "the patent will cost 8,400 rubles from
January". Like a statistics release, such a sentence tells of no event that happened to workers; a report
whose sentences about workers are all figures or rules, with no cue of abuse anywhere, describes no forced
labour (:func:`labourlens.analyse.context.forced_labour_context`)."""

from __future__ import annotations

import re

from labourlens.analyse.gated import Folded

__all__ = ["EXTRACTOR", "states_rule"]

EXTRACTOR = "regulation_figures.v1"

# the words a rule about hiring is said in: a quota, a cap, a fine an employer faces, a fee or price that is set
# or will change, a rule that takes effect (every alternative holds one of _WORDS)
_RULE = Folded(
    r"\b(?:quotas?|(?:face|faces|facing|risk|risks) (?:a )?fines?|fines? of up to|"
    r"(?:will|would) (?:rise|fall|increase|decrease|go up|be raised|be cut) (?:to|by)|"
    r"(?:takes?|took|will take) effect|comes? into force|came into force|caps? on the number)\b",
    re.IGNORECASE)
_WORDS = ("quota", "fine", "rise", "fall", "increase", "decrease", "go up", "raised", "cut", "effect", "force", "cap")


def states_rule(text: str) -> bool:
    """Does the sentence state a quota, a fine, a set price or a rule that takes effect?"""
    low = text.lower()
    return any(w in low for w in _WORDS) and _RULE.found(text)
