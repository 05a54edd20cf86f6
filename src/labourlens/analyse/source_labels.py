"""A line opened by a source's label and a colon, the way threads, briefings and notes list what each source
said: "Second source (trader, Yanji): women at one plant ...", "3/4 Another source (driver in Hunchun): ...",
"First informant: ...". The label speaks the line; its bracket says who the source is."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.speakers import Mention

__all__ = ["source_label_mention"]

@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    """The label pattern, its nouns from ``source_label_nouns`` in ``knowledge/reporting_verbs.yaml``."""
    nouns = knowledge.load("reporting_verbs.yaml").get("source_label_nouns") or []
    return re.compile(
        r"^\s*(?:\d{1,2}/\d{1,2}\s+|[(\[]?[a-z0-9]{1,3}[.)\]]\s+|[-*\u2022]\s+)?"
        r"(?P<sp>(?:(?:first|second|third|fourth|fifth|another|other|new|one|a|the)\s+)?"
        rf"(?:{'|'.join(re.escape(str(n)) for n in nouns)})(?:\s+(?:no\.?\s*)?\d{{1,3}}|\s+[A-Z])?"
        r"(?:\s*\([^()\"\u201c\u201d]{1,60}\))?)\s*:\s+(?=\S)", re.IGNORECASE)


def source_label_mention(text: str) -> Mention | None:
    """The source whose label opens ``text`` before a colon, or None."""
    if ":" not in text:
        return None
    m = _label().match(text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if " " not in sp:
        return None  # "Source: Tumen Line", "Witness: ...": a credit line or a bare heading, not a source's words
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "said", '"' in text[m.end():])
