"""The answer under an "Answered by" line: a parliament's written answers, a ministry's replies to questions.

A page of written questions sets each answer under a line that names who gives it: "Answered by Minister of
State for Trade Policy, Ravi Chandrakumar:", "Answered by: The Secretary of State for Labour", "Reply from the
Ministry of Manpower:". The paragraphs that follow, up to the next labelled line ("Follow-up question ...:",
"Status: ..."), are that answerer's words, in the first person of the government ("We have no information
..."). A sentence there that names a speaker of its own keeps it ("Polish authorities informed our embassy ...").
The person is named when the line gives a name after a role ("Minister of State for Trade Policy, Ravi
Chandrakumar"): an ``official``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["answered_by"]

_ANSWERED = re.compile(r"^\s*(?:Answered|Replied|Reply|Response|Answer)\s+(?:given\s+)?(?:by|from)\s*:?\s+(?P<who>[^:\n]{3,140}?)"
                       r"\s*:\s*(?P<rest>.*)$", re.DOTALL)
# a line that opens another part of the page: "Follow-up question (X): ...", "Status: awaiting answer.", "Asked by X:"
_NEXT_LABEL = re.compile(r"^\s*(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3})(?:\s+\([^)\n]{1,60}\))?\s*:")
_NAME_AFTER_ROLE = re.compile(r",\s+(?P<name>(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3})\s*(?:MP|MSP|TD)?\s*$")


def _answerer(who: str) -> tuple[str, str] | None:
    """(wording, kind) of the one an "Answered by" line names."""
    named = _NAME_AFTER_ROLE.search(who)
    wording = named.group("name") if named is not None else who.strip()
    kind = classify(who) or classify(wording)
    if kind not in ("official", "named_person", "organization"):
        return None
    return wording, "official" if kind == "named_person" and named is not None else kind


def answered_by(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of each answer under an "Answered by" line to its answerer (in place; see the module doc)."""
    if "nswered by" not in text and "eply from" not in text and "esponse from" not in text:
        return
    i = 0
    while i < len(sentences):
        s = sentences[i]
        label = _ANSWERED.match(s.text) if s.kind == "body" else None
        if label is None or (answerer := _answerer(label.group("who"))) is None:
            i += 1
            continue
        mention = Mention(answerer[0], label.start("who"), label.end("who"), "answered")
        src = reg.resolve(mention, s.start, "")
        src.kind = answerer[1]
        k = i if label.group("rest").strip() else i + 1
        while k < len(sentences) and sentences[k].kind == "body":
            if k > i and sentences[k].paragraph != sentences[k - 1].paragraph and _NEXT_LABEL.match(sentences[k].text):
                break
            if result[k].source == OUTLET_KEY and not result[k].explicit:
                result[k] = replace(result[k], source=src.key, cue="said", direct=False, explicit=False, span=None)
            k += 1
        i = k
