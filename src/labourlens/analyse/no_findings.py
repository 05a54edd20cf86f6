"""An audit's finding graded "no finding", for :func:`labourlens.analyse.party_assertions.mark` (s46).

An audit summary grades each numbered finding: "F2. Wages. ... (Finding - medium.)", and where the auditors found
nothing wrong it says so in a bracket of the finding's own: "F1. Contracts. Every cook held a written contract with
the hotel. (No finding.)", "Finding 6 (No finding): Housing. Dormitories met the standard." The sentences of such a
paragraph report what the audit checked and found lawful: each answers an allegation as a denial does, so its claims
are negated and carry no indicator (FORMAT.md). Examples are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.model import Claim, Sentence

__all__ = ["mark"]

# the grade in a bracket: "(No finding.)", "(No finding)", "(No findings)", "(No non-conformity)", "(no issue found)"
_GRADE = re.compile(r"\(\s*(?:no\s+(?:findings?|non-?conformit(?:y|ies)|issues?(?:\s+found)?))\s*\.?\s*\)", re.IGNORECASE)


def mark(claims: list[Claim], sentences: Sequence[Sentence]) -> None:
    """Negate the claims of a paragraph graded "no finding" (in place; see the module doc)."""
    graded = {s.paragraph for s in sentences if "(" in s.text and _GRADE.search(s.text)}
    if not graded:
        return
    for c in claims:
        if c.polarity == "affirmed" and not c.future and sentences[c.sentence].paragraph in graded:
            c.polarity = "negated"
            c.indicators = []
