"""A casework summary under a heading that names the person it is about ('CASE 7 \u2014 "Amina", 29, Ethiopia, Doha',
"Case 3: Ruth (not her real name)"): a "she" or "he" speaking in the paragraph under that heading is that person,
never someone met in the case before it. Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["case_heads"]

# 'CASE 14 \u2014 "Joy", 38, ...', "Case 3: Ruth (not her real name)", "Case no. 5 - Mary, 41, Kenya"
_HEAD = re.compile(r"^\W{0,2}(?:CASE|Case)\s+(?:[Nn]o\.?\s*)?\d{1,3}\s*[\u2014\u2013:.-]\s*[\"\u201c]?"
                   r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)[\"\u201d]?(?=\s*(?:,|\(|$))")
_PRONOUNS = frozenset(("she", "he"))


def case_heads(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a pronoun speaking under a case heading to the person the heading names (in place)."""
    for h, s in enumerate(sentences):
        if s.text[:6].lower().lstrip("\"' ")[:4] != "case":  # (speed)
            continue
        head = _HEAD.match(s.text)
        if head is None or classify(head.group("name")) != "named_person":
            continue
        name, source = head.group("name"), None
        para = sentences[h + 1].paragraph if h + 1 < len(sentences) else -1
        for i in range(h + 1, min(len(sentences), h + 20)):
            if sentences[i].paragraph != para:
                break
            att = result[i]
            if att.span is None or sentences[i].text[att.span[0]:att.span[1]].strip().lower() not in _PRONOUNS:
                continue
            if source is None:
                source = reg.resolve(Mention(name, 0, len(name), "introduced"), s.start, "")
                source.kind = "named_person"
            if att.source != source.key:
                result[i] = replace(att, source=source.key)
