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


# (s353) a page of numbered answers under one header naming who answers them all: "Replies from the Secretary of
# State for Labour (courtesy translation)", then "Question 1" / "Answer 1" headings
_ANSWERS_FROM = re.compile(r"^\s*(?:Answers|Replies)\s+(?:given\s+)?(?:from|by)\s+(?P<who>[^():\n]{3,100}?)\s*"
                           r"(?:\([^)\n]{0,100}\))?\s*$")
_ANSWER_HEADING = re.compile(r"^\s*(?:Answer|Reply|A)\s*\.?\s*\d{1,3}\s*[.:]?\s*$")


def _numbered_answers(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the paragraphs under each "Answer N" heading to the one the page's header says answers them all."""
    for i, s in enumerate(sentences[:12]):
        if s.kind != "body" or (m := _ANSWERS_FROM.match(s.text)) is None or (who := _answerer(m.group("who"))) is None:
            continue
        src = reg.resolve(Mention(who[0], m.start("who"), m.end("who"), "answered"), s.start, "")
        src.kind = who[1]
        under = False
        for k in range(i + 1, len(sentences)):
            t = sentences[k]
            if t.kind != "body" or t.paragraph != sentences[k - 1].paragraph:
                if _ANSWER_HEADING.match(t.text):  # "Answer 3": the paragraphs below it are the answer
                    under = True
                    continue
                under = under and t.kind == "body"  # a heading of another kind ("Question 4") ends it
            if under and t.kind == "body" and result[k].source == OUTLET_KEY and not result[k].explicit:
                result[k] = replace(result[k], source=src.key, cue="said", direct=False, explicit=False, span=None)
        return


def answered_by(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of each answer under an "Answered by" line to its answerer (in place; see the module doc)."""
    if "nswers from" in text or "nswers by" in text or "eplies from" in text:
        _numbered_answers(sentences, result, reg)
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
