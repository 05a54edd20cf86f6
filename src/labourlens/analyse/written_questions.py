"""A parliament's written question and its answer on a page of written questions, in the shapes
:mod:`labourlens.analyse.answered_by` does not read (called from :func:`labourlens.analyse.forum_posts.final_sources`):

- "Asked by Jane Morrow MP" (or "..., tabled on 2 May") on a line of its own, then the question ("To ask the Secretary of State what assessment
  she has made of reports that deckhands were ..."): the question is the lawmaker's (an ``official``: main README,
  lawmakers speak for the state);
- "Answered on 4 March 2026 by Tom Reyes MP, Minister of State for Trade" on a line of its own, then the answer's
  paragraphs: the minister's (``official``), up to the page's closing lines;
- "Mr Tom Reyes (Senior Parliamentary Secretary, Trade) (replying for the Trade Minister): Last year ..." opening the
  reply on a page of written answers: the reply, down to the page's last lines, is the office holder's (``official``).

A sentence with a speaker of its own keeps it. Names in the examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["written_questions"]

_NAME = (r"(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Baroness)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}"
         # a peer by the title and the territorial designation: "Lord Ashby of Pennington", "Baroness Lane"
         r"|(?:Lord|Baroness|Lady|Viscount|Earl|Bishop)\s+[A-Z][\w'\u2019-]+(?:\s+of\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)?")
_MEMBER = r"(?:MP|MSP|MS|MLA|TD|MEP|MHK|QC|KC)"
# "Asked by Jane Morrow MP", "Asked by Jane Morrow (Harbourside)", "Question asked by Jane Morrow MP", and as a field
# label: "Asked by: Jane Morrow (Harbourside)"
_ASKED = re.compile(rf"^\s*(?:Question\s+)?[Aa]sked\s+(?:on\s+[^\n]{{3,40}}?\s+)?by\s*:?\s+(?P<name>(?:{_NAME}))(?:\s+{_MEMBER})?"
                    r"(?:\s*\([^)\n]{1,60}\))?(?:\s*,\s*(?:tabled|asked|answered|due)\b[^\n:]{3,120})?\s*\.?\s*$")
# "Answered on 20 November 2026 by Tom Reyes MP, Minister of State for Trade", "Answered by: Tom Reyes, Minister for Trade"
_ANSWERED = re.compile(rf"^\s*Answered\s+(?:on\s+[^\n]{{3,40}}?\s+)?by\s*:?\s+(?P<name>(?:{_NAME}))(?:\s+{_MEMBER})?"
                       r"(?:\s*,\s*[^\n:]{3,120})?\s*[.:]?\s*$")  # (a label may end in a colon before the answer)
# "To ask the Secretary of State ...", "Question: To ask the Minister ..."
# "Mr Tom Reyes (Senior Parliamentary Secretary, Trade) (replying for the Trade Minister):" before the reply
_REPLIED = re.compile(r"^\s*(?P<name>(?:Mr|Mrs|Ms|Miss|Mdm|Dr|Prof)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
                      r"\s*\((?P<post>[^()\n]{0,40}\b(?:Minister|Secretary)\b[^()\n]{0,80})\)(?:\s*\([^()\n]{3,100}\))?\s*:\s+\S")
_ANSWERS_PAGE = re.compile(r"\bwritten\s+(?:answers?|repl(?:y|ies))\b|\banswers?\s+to\s+questions\b", re.IGNORECASE)
# the office holder's own staff, unnamed, inside the reply
_OWN_STAFF = frozenset(("officers", "our officers", "my officers", "inspectors", "our inspectors", "my officials",
                        "officials", "the ministry", "my ministry", "the department", "my department"))
_TO_ASK = re.compile(r"^\s*(?:Question\s*:\s*)?To\s+ask\s+(?:the|His|Her)\b")


def written_questions(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a written question to the member who asked it and its answer to the minister (in place)."""
    _replies(text, sentences, result, reg)
    if "sked by" not in text and "nswered on" not in text and "nswered by" not in text:
        return
    for i, s in enumerate(sentences):
        asked = _ASKED.match(s.text)
        answered = _ANSWERED.match(s.text) if asked is None else None
        if asked is None and answered is None or "\n" in s.text.strip():
            continue
        label = asked or answered
        assert label is not None
        key = None
        for k in range(i + 1, len(sentences)):
            t = sentences[k]
            if _ASKED.match(t.text) or _ANSWERED.match(t.text) or (asked is not None and k > i + 1 and (
                    t.paragraph != sentences[k - 1].paragraph)):
                break  # the next label, or the end of the question's paragraph
            if t.kind != "body" or asked is not None and k == i + 1 and not _TO_ASK.match(t.text):
                if asked is not None:
                    break
                continue
            if result[k].source != OUTLET_KEY or result[k].explicit:
                continue
            if key is None:
                src = reg.resolve(Mention(label.group("name"), label.start("name"), label.end("name"),
                                          "asked" if asked else "answered"), s.start, "")
                src.kind = "official"
                key = src.key
            result[k] = replace(result[k], source=key, cue="said", direct=False, explicit=False, span=None)


def _replies(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """The office holder's reply after a label with the post in brackets, on a page of written answers."""
    if _ANSWERS_PAGE.search(text[:1500]) is None:
        return
    key = None
    wordings = {x.key: x.wording for x in reg.sources()}
    for i, s in enumerate(sentences):
        label = _REPLIED.match(s.text)
        if label is not None:
            src = reg.resolve(Mention(label.group("name"), s.start + label.start("name"), s.start + label.end("name"),
                                      "answered"), s.start, "")
            src.kind = "official"
            key = src.key
            if result[i].source == OUTLET_KEY or not result[i].explicit:
                result[i] = replace(result[i], source=key, cue="said", direct=False, explicit=False, span=None)
            continue
        if key is None or s.kind != "body":
            continue
        if result[i].source != OUTLET_KEY and (wordings.get(result[i].source) or "").lower() in _OWN_STAFF:
            result[i] = replace(result[i], source=key)  # "our inspectors established ...": the office holder's own staff
            continue
        if result[i].source != OUTLET_KEY or result[i].explicit:
            continue
        result[i] = replace(result[i], source=key, cue="said", direct=False, explicit=False, span=None)
