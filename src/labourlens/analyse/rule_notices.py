"""Notices that set rules (extractor ``rule_notices.v1``).

A ministry's notice of a wage order, a regulation's summary or a decree sets out what employers shall do and what
workers are entitled to from a date on: "the order takes effect on 1 March", "every worker shall be paid ...",
"a worker is entitled to two rest days". Its sentences name workers only as those whom the rule protects; it
tells of nothing that happened to anyone. A report with no cue of abuse anywhere whose body is such a notice
describes no forced labour (:func:`labourlens.analyse.context.forced_labour_context`)."""

from __future__ import annotations

import re

from labourlens.analyse.gated import Folded
from labourlens.model import Sentence

__all__ = ["EXTRACTOR", "rule_notice"]

EXTRACTOR = "rule_notices.v1"

# the rule starts to apply from a date
_IN_FORCE = Folded(
    r"\b(?:(?:comes?|came|will come|shall come|enters?|entered|will enter|shall enter) into (?:force|effect|operation)|"
    r"(?:takes?|took|will take|shall take) effect|with effect from|(?:is|are|will be|shall be) effective from)\b",
    re.IGNORECASE)
# a prescription: what shall be done, what a person is entitled to, what may not be done
_PRESCRIBES = Folded(
    r"\b(?:shall|(?:is|are|remain|remains) entitled to|may not be|must not be|(?:is|are) (?:hereby )?required to|"
    r"(?:is|are) (?:hereby )?(?:prohibited|forbidden) from)\b",
    re.IGNORECASE)
_PRESCRIPTIONS = 3  # sentences that prescribe, at the least, in a notice


def rule_notice(body: list[Sentence]) -> bool:
    """Is the body a notice of rules that take effect, with several sentences that prescribe?"""
    texts = [s.text for s in body]
    if not any(_IN_FORCE.found(t) for t in texts):
        return False
    return sum(1 for t in texts if _PRESCRIBES.found(t)) >= _PRESCRIPTIONS
