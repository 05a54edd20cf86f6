"""A letter or an order an outlet prints in full, for :func:`labourlens.analyse.document_voice.apply_document_voice`
(in place).

An article that says the outlet got hold of a letter or an order (one addressed to school heads, say) and that it
prints the whole text sets the letter out between two rule lines ("---"), often as numbered instructions. Those
points are the letter's instructions, not the outlet's reporting: each sentence between the rules that no one else
is given speaks as the letter (kind ``document``, worded as the article first names it). Without the rule lines the
letter's end cannot be told from the article's own lines, and nothing changes."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import OUTLET_KEY, Mention

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["printed_letter"]

_PAPER = (r"(?:letter|order|instruction|instructions|directive|memo|memorandum|decree|circular|notice|document|"
          r"telegram|resolution|protocol|note)")
# the outlet has obtained, seen or received a paper (or a copy of one), named with what follows up to a comma
_OBTAINED = re.compile(rf"\b(?:has|have|had)\s+(?:obtained|seen|received)\s+(?P<doc>(?:a|an|the)\s+(?:copy\s+of\s+(?:a|an|the)\s+)?"
                       rf"(?:\w+\s+){{0,2}}?{_PAPER}\b[^.,;:\n]{{0,110}})", re.IGNORECASE)
# the outlet printing, publishing or reproducing the paper whole, or saying its full text comes next
_IN_FULL = re.compile(r"\b(?:(?:publish|print|reproduce)\w*\s+(?:it|them|the\s+(?:\w+\s+)?text|the\s+" + _PAPER +
                      r")\s+(?:below\s+)?in\s+full|(?:in\s+full|full\s+text)\s+(?:below|follows)|below\s+in\s+full)\b",
                      re.IGNORECASE)
_RULE_LINE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|#{3,})\s*$", re.MULTILINE)


def printed_letter(text: str, sentences: list[Sentence], result: list[Attribution], reg: Registry) -> None:
    """Give the unattributed sentences of a letter printed in full between rule lines to the letter."""
    if "in full" not in text and "full text" not in text:
        return
    told = _IN_FULL.search(text)
    named = _OBTAINED.search(text, 0, told.end()) if told else None
    if told is None or named is None:
        return
    rules = [m for m in _RULE_LINE.finditer(text) if m.start() > told.end()]
    if len(rules) < 2:
        return
    start, end = rules[0].end(), rules[1].start()
    wording = named.group("doc").strip()
    src = None
    for i, s in enumerate(sentences):
        if s.kind != "body" or not start <= s.start < end:
            continue
        if result[i].source == OUTLET_KEY and not result[i].explicit:
            src = src or reg._new(Mention(wording, 0, 0, "stated"), wording, "document", None, s.start)
            src.kind = "document"
            result[i] = replace(result[i], source=src.key, cue="stated")
