"""A body named again after the report it wrote ("A report by a Lisbon-based rights group said ... The group also
said ..."; "A 2023 study by the Baltic Labour Institute found ... The institute added ..."): the later sentences
go on with the report's source, as the annotators of every set with this shape mark it (the report, with the
body as an accepted reading). Called from :func:`labourlens.analyse.forum_posts.final_sources`; examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.model import Source

__all__ = ["author_backrefs"]

_AUTHORED = re.compile(r"^(?:a|an|the|its|their)\s+(?:(?:\d{4}|new|recent|latest|annual|joint|earlier|undercover|"
                       r"months-long|year-long|two-year|detailed|separate|confidential|last\s+year['\u2019]s)\s+)*"
                       r"(?:report|study|survey|briefing|paper|analysis|investigation|review|assessment)\s+"
                       r"(?:by|from)\s+(?P<author>.+)$", re.IGNORECASE)
_DEFINITE = re.compile(r"^(?:the|The)\s+(?P<noun>[a-z][\w-]*|NGO|[A-Z]{2,6})$")


def _author_of(doc: Source) -> str | None:
    m = _AUTHORED.match((doc.wording or "").strip())
    return m.group("author").strip().rstrip(".,;:") if m is not None else None


_WORD = re.compile(r"[\w'-]+")
# a body given by its kind and then its name: the kind noun before the trailing capitalised name
_DESCRIBED_NAME = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+[A-Z][\w'\u2019&.-]*(?:\s+(?:[A-Z][\w'\u2019&.-]*|of|for|and))*$")
_THE_START = re.compile(r"^the\s+", re.IGNORECASE)
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+")


def _names_author(wording: str, author: str) -> bool:
    """Is ``wording`` ("The group", "the institute", "Baltic Labour Institute") the body ``author`` names ("a
    Lisbon-based rights group", "the Baltic Labour Institute")?"""
    w = wording.strip()
    m = _DEFINITE.match(w)
    words = _WORD.findall(author.lower())
    if m is not None:
        named = _DESCRIBED_NAME.search(author)  # "the New York-based group Factory Floor Watch": "the group"
        return bool(words) and (words[-1] == m.group("noun").lower() or named is not None
                                and named.group("noun") == m.group("noun").lower())
    bare = _THE_START.sub("", w).lower()
    return bool(bare) and len(bare.split()) >= 2 and _ARTICLE_START.sub("", author.lower()) == bare


def author_backrefs(result: list[Any], sources: Sequence[Source]) -> None:
    """Give the sentences of a body named again after its report to the report's source (in place)."""
    docs = [(d, a) for d in sources if d.kind == "document" and d.spans and (a := _author_of(d)) is not None]
    if not docs:
        return
    for s in sources:
        if s.kind not in ("organization", "anonymous_source") or not s.spans or not s.wording:
            continue
        start = min(s.spans)[0]
        match = [d for d, a in docs if min(d.spans)[0] < start and _names_author(s.wording, a)]
        if len(match) != 1:
            continue
        for i, att in enumerate(result):  # (not `a`, the author's name of the comprehension above: a str)
            if att.source == s.key:
                result[i] = replace(att, source=match[0].key)
