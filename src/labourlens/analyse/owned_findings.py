"""A list of findings owned by a body named just before ("We commissioned an audit by the independent assessor
Brightline Verification. Its key findings were:" and then the items): the lead-in speaks for that body, and so
the items under it do (:mod:`labourlens.analyse.finding_lists` gives items to their lead-in's speaker). Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["owned_findings"]

# "Its key findings were:", "Their main conclusions:", "The audit's findings included:"
_LEAD = re.compile(r"^\s*(?:Its|Their|The\s+(?:audit|report|inspection|review|assessment|investigation)['\u2019]s)\s+"
                   r"(?:(?:key|main|principal|chief|central|preliminary|initial|headline|major)\s+)?"
                   r"(?:findings|conclusions|observations)(?:\s+(?:were|are|include|included|showed|show))?\s*:\s*$")
# the body in the sentence before: "an audit by the independent assessor Brightline Verification"
_BODY = re.compile(r"\b(?:by|from|with|hired|commissioned|engaged|appointed)\s+"
                   r"(?P<np>(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,3}?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})")
_BODY_KINDS = frozenset(("organization", "official", "document"))


def owned_findings(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give an unattributed lead-in "Its key findings were:" to the body the sentence before names (in place)."""
    for i in range(1, len(sentences)):
        s = sentences[i]
        if result[i].explicit or ":" not in s.text or not _LEAD.match(s.text):
            continue
        prev = sentences[i - 1]
        found = [m for m in _BODY.finditer(prev.text) if classify(m.group("np")) in _BODY_KINDS]
        if not found:
            continue
        m = found[-1]
        np = m.group("np").rstrip(".")  # "... by Brightline Verification." ends the sentence
        src = reg.resolve(Mention(np, m.start("np"), m.start("np") + len(np), "found", False), prev.start,
                          text[max(0, prev.start - 600):prev.start])
        result[i] = replace(result[i], source=src.key, cue="found", direct=False, explicit=True, span=None)
