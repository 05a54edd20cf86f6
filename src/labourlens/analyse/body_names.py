"""The proper name of a state body or organisation that a report first calls by description.

Wire copy often opens with a description of the body ("Germany's customs service said ...",
"the country's labour watchdog said ...") and names it only in the next paragraph ("The Central
Customs Authority (CCA) said ..."). When the attribution has already found that both phrases are one
source, the source is worded by its proper name, the way annotators write a body's name "as it
appears in the text" (tests/gold/README.md) rather than by the description. A person's role ("the
lawmaker", "a ministry spokeswoman") is never replaced by a body's name.

Role words come from ``knowledge/speaker_roles.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from labourlens import knowledge
from labourlens.analyse.source_names import proper_body
from labourlens.model import Source

__all__ = ["named_bodies"]

_BODY_KINDS = ("official", "organization")
_ACRONYM_NOTE = re.compile(r"\s*\(\s*[A-Z][A-Za-z&.]{1,8}\s*\)\s*$")  # "The Central Customs Authority (CCA)"
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]{2,}")


@cache
def _person_roles() -> re.Pattern[str]:
    data = knowledge.load("speaker_roles.yaml") or {}
    words = {str(w).lower() for key in ("official_roles", "executive_roles", "spokes_roles")
             for w in data.get(key) or []}
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})s?\b", re.IGNORECASE)


def _proper_name(phrase: str) -> str | None:
    """The phrase without an acronym in brackets when it is a body's proper name of two or more capitalised
    words and no apposition ("The Central Customs Authority (CCA)" -> "The Central Customs Authority")."""
    name = _ACRONYM_NOTE.sub("", phrase.strip())
    if "," in name or "'" in name or "\u2019" in name or len(_CAPITAL_WORD.findall(name)) < 2:
        return None
    if not proper_body(name) or _person_roles().search(name):
        return None
    return name


def named_bodies(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each body first worded by description renamed by the first proper name among its
    later mentions (spans in ``text``); other sources are returned as they are."""
    for src in sources:
        wording = src.wording or ""
        if src.kind not in _BODY_KINDS or len(src.spans) < 2 or not wording or proper_body(wording) \
                or _person_roles().search(wording) or re.fullmatch(r"(?:[Tt]he\s+)?[A-Z]{2,8}", wording):
            continue
        for start, end in src.spans[1:]:
            name = _proper_name(text[start:end])
            if name is not None:
                if src.canonical == src.wording:
                    src.canonical = name
                src.wording = name
                break
    return list(sources)
