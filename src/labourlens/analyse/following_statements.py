"""A statement given in full after a lead-in that announces it: "A spokesperson for the Foreign Ministry gave the
following answer to a question raised by the news agency:", "The embassy issued the following statement:", "The
company said the following:". The paragraphs after the lead-in are the statement's words, so the one who gave it
speaks them (the statement is printed, not reported: there is no "said" in them), up to a paragraph that names
another speaker or the page's own "Editor's note". A pass of :mod:`labourlens.analyse.forum_posts`; examples here
and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.analyse.wire_datelines import dateline_end
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["following_statements"]

_KINDS = ("official", "organization", "outlet", "document", "named_person", "anonymous_source")
# "<speaker> gave/issued/made/released the following answer/statement ...:" at the end of its paragraph
_LEAD_IN = gated(
    r"(?P<sp>(?:(?i:a|an|the|its|their)\s+|[A-Z])[^:;\"\u201c\u201d]{1,120}?)\s+(?:(?:on\s+\w+|today|yesterday)\s+)?"
    r"(?:gave|issued|made|released|published|delivered|sent|said|stated|offered|read\s+out)\s+the\s+following\s+"
    r"(?:(?:written|press|official|brief|short)\s+)?(?:answer|answers|statement|reply|replies|remarks|comment|comments|"
    r"response|declaration|note|message)?[^:\n]{0,300}:\s*$")
_DASH = re.compile(r"^[^:\"\u201c]{0,120}?(?:\s--?\s|\s?[\u2014\u2013]\s?)")
_NOTE = re.compile(r"^\W{0,3}(?:Editor['\u2019]s\s+note|Note|Background|Related|Read\s+more)\b", re.IGNORECASE)


def following_statements(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the paragraphs after a lead-in that announces a statement to the one who gave it (in place)."""
    if "the following" not in text:
        return
    for i, s in enumerate(sentences):
        if "the following" not in s.text or not s.text.rstrip().endswith(":"):
            continue
        body = s.text[dateline_end(s.text):]
        dash = _DASH.search(body, 0, body.index("the following"))  # "Central Dispatch (Pyongyang, 6 May) -- A ..."
        body = body[dash.end():] if dash is not None else body
        m = _LEAD_IN.match(body.lstrip(" -\u2014\u2013"))
        if m is None:
            continue
        sp = m.group("sp").strip()
        if classify(sp) not in _KINDS:
            continue
        at = s.start + s.text.index(sp)
        src = reg.resolve(Mention(sp, at - s.start, at - s.start + len(sp), "said", False), s.start,
                          text[max(0, s.start - 600):s.start])
        for j in range(i + 1, len(sentences)):
            later = sentences[j]
            if later.kind != "body" or _NOTE.match(later.text):
                break
            if result[j].explicit and result[j].source not in (OUTLET_KEY, src.key):
                break  # another speaker: the page's report again
            result[j] = replace(result[j], source=src.key, cue="said", direct=True)
        if result[i].source == OUTLET_KEY:
            result[i] = replace(result[i], source=src.key, cue="said", direct=False, explicit=True)
