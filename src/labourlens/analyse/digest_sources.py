"""A digest item whose "Source:" line names the group that published it, for
:func:`labourlens.analyse.document_voice.apply_document_voice` (in place).

A newsletter that sums up other people's reporting heads each item with its source ("Source: Harbour Rights
Collective, 3 May"). When that source is a group, not a paper, the item's later "The NGO says ...", "The group
estimates ...", "The report says ..." name that group again, not the union or the agency a previous item quoted
last. Items run from their "Source:" line to the next numbered or bulleted heading. A source that is an outlet is
left alone: the people the paper quotes speak for themselves. Examples are invented."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import Mention, classify

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["digest_sources"]

_SOURCE_LINE = re.compile(r"(?m)^[ \t]*Sources?[ \t]*:[ \t]*(?P<name>[A-Z][\w'\u2019&.-]*(?:[ \t]+[\w'\u2019&.-]+){0,6}?)"
                          r"[ \t]*(?:,[^\n]*|\([^\n]*)?$")
_ITEM = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*\u2022])[ \t]+\S")
# the item's generic words for the group: "The NGO", "The group", "The report", "The charity"
_BACKREF = re.compile(r"(?:the|this)\s+(?:ngo|group|organi[sz]ation|charity|report|study|network)", re.IGNORECASE)
_BODY_KINDS = ("organization", "official", "document")


def digest_sources(text: str, sentences: list[Sentence], result: list[Attribution], reg: Registry) -> None:
    """Give an item's generic "The NGO says" to the group its "Source:" line names (see the module doc)."""
    if "Source" not in text:
        return
    lines = list(_SOURCE_LINE.finditer(text))
    if len(lines) < 2:
        return  # a digest heads several items so
    for k, line in enumerate(lines):
        name = line.group("name").strip(" .,")
        if classify(name) not in _BODY_KINDS:
            continue  # a paper's item: its people speak for themselves
        nxt = _ITEM.search(text, line.end())
        stop = min(nxt.start() if nxt is not None else len(text), lines[k + 1].start() if k + 1 < len(lines) else len(text))
        body = None
        for i, s in enumerate(sentences):
            a = result[i]
            if not line.end() <= s.start < stop or not a.explicit or a.span is None:
                continue
            if _BACKREF.fullmatch(s.text[a.span[0]:a.span[1]].strip()) is None:
                continue
            if body is None:
                body = reg.resolve(Mention(name, line.start("name") - s.start, line.end("name") - s.start, "said"), s.start, "")
            result[i] = replace(a, source=body.key)
