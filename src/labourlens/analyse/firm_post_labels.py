"""A transcript line labelled with a person's name and, in brackets, a post at the head of a company: "LIN HAO
(managing director, Bayside Rail Group): ...", "Ana Ruiz (Country Director, Norden Steel Ltd): ...". The person
answers for the firm (main README, Quality: a company's named directors and managers given as such speak as the
company), so the source is ``organization``. A post at an NGO or a state body, and a post below the firm's head
("site manager", "deputy director"), leave the kind alone; the firm must read as a company by its words
(:func:`labourlens.analyse.entities.company_name`). A pass of :mod:`labourlens.analyse.forum_posts`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import entities
from labourlens.model import Source

__all__ = ["firm_post_labels"]

_LABEL = re.compile(
    r"^[ \t]*(?:\[[\d:]{4,8}\][ \t]*)?(?P<name>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})[ \t]*"
    r"\((?P<note>[^()\n]{3,100})\)[ \t]*:[ \t]+\S", re.MULTILINE)
_SPLIT = re.compile(r"\s*,\s*|\s+(?:of|at)\s+(?=[A-Z])")
_LEGAL = re.compile(r"\b(?:Group|Ltd|Limited|LLC|LLP|Inc|Corp|Corporation|Company|Co|GmbH|PLC|JSC|AG|Holdings)\.?$")
_LOW = re.compile(r"\b(?:site|shift|line|floor|hiring|sales|deputy|assistant|production|project|former|acting|ex)\b",
                  re.IGNORECASE)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_kinds.yaml").get("firm_head_roles") or [])


def _heads_firm(note: str) -> bool:
    parts = _SPLIT.split(note.strip(), maxsplit=1)
    if len(parts) != 2 or _LOW.search(parts[0]):
        return False
    role = parts[0].lower().split()
    heads = _heads()
    return bool(role) and (role[-1] in heads or " ".join(role[-2:]) in heads) and (
        entities.company_name(firm := parts[1].strip()) or 2 <= len(firm.split()) <= 5 and _LEGAL.search(firm) is not None)


def firm_post_labels(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with the person a "NAME (director, Firm Group):" label names made the firm's voice."""
    if "):" not in text:
        return list(sources)
    heads: set[str] = set()
    for m in _LABEL.finditer(text):
        if _heads_firm(m.group("note")):
            name = m.group("name")
            heads.add((name.title() if name.isupper() else name).lower())
    if not heads:
        return list(sources)
    return [replace(s, kind="organization") if s.kind == "named_person" and (s.wording or "").lower() in heads else s
            for s in sources]
