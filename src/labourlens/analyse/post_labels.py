"""Embedded posts and reader comments a live page pastes in with their author in a label, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution):

- '[Post by @dockwatch_hk, 07:40]: "..."' and '[Tweet from @KestrelLabour, 9:02]: "..."': the handle's;
- 'Reader comment from "Tomek_77": "..."': the commenter's;
- 'READER COMMENT, posted 14:05: "..." - Ama O., Tema': the signature after the closing quotation mark.

Every sentence of the labelled paragraph is the author's. A handle made of a rights group's name words
(``ngo_name_words`` in ``knowledge/speaker_kinds.yaml``: "@HarbourRightsWatch") is that group (``organization``);
another handle or a screen name is an unnamed person (``anonymous_source``); a signed name ("Ama O.") is a
``named_person``. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from labourlens import knowledge
from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["post_labels"]

_GATE = ("Post ", "Tweet ", "Comment", "comment", "COMMENT")
# "[Post by @handle, 08:14]:" (the time or network after a comma is optional)
_BRACKET = re.compile(r"^\s*\[(?:Post|Tweet|Comment|Reply)\s+(?:by|from)\s+(?P<who>@?[\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
                      r"(?:\s*,\s*[^\]\n]{1,40})?\]\s*:?\s*[\"\u201c]")
# 'Reader comment from "Name":', "Comment by Name:"
_FROM = re.compile(r"^\s*(?:(?:Reader|Viewer|Listener)\s+)?[Cc]omment\s+(?:from|by)\s+[\"\u201c]?"
                   r"(?P<who>@?[\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]*){0,2})[\"\u201d]?\s*:\s*[\"\u201c]")
# "READER COMMENT, posted 11:30: ..." with the signature after the closing mark: '..." - Ama O., Tema'
_LABEL = re.compile(r"^\s*(?:READER|Reader|VIEWER|Viewer)\s+(?:COMMENT|[Cc]omment)\b[^\"\u201c\n]{0,40}:\s*[\"\u201c]")
_SIGNED = re.compile(r"[\"\u201d]\s*(?:-|\u2013|\u2014)\s*(?P<who>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*\.?){0,2})"
                     r"(?:,\s*[A-Z][\w' -]{1,30})?\s*$")
_CAMEL = re.compile(r"[A-Z][a-z]+|[a-z]+")
_PERSON_NAME = re.compile(r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z](?:[a-z'\u2019-]+|\.))+")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_kinds.yaml").get("ngo_name_words") or [])


def _kind(who: str) -> str:
    if who.startswith("@"):
        words = {w.lower() for w in _CAMEL.findall(who[1:])}
        return "organization" if words & _group_words() else "anonymous_source"
    return "named_person" if _PERSON_NAME.fullmatch(who) else "anonymous_source"


def _author(para_text: str) -> tuple[str, int] | None:
    """The author of a labelled post or comment and the offset of their name in the paragraph, or None."""
    m = _BRACKET.match(para_text) or _FROM.match(para_text)
    if m is not None:
        return m.group("who"), m.start("who")
    if _LABEL.match(para_text) is not None and (s := _SIGNED.search(para_text)) is not None:
        return s.group("who"), s.start("who")
    return None


def post_labels(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give each labelled post's or comment's paragraph to its author (in place; see the module doc)."""
    if not any(g in text for g in _GATE):
        return
    i = 0
    while i < len(sentences):
        j = i
        while j + 1 < len(sentences) and sentences[j + 1].paragraph == sentences[i].paragraph:
            j += 1
        s = sentences[i]
        found = _author(text[s.start:sentences[j].end]) if s.kind == "body" and s.text[:1] in "[RrVvLlC" else None
        if found is not None:
            who, at = found
            src = reg.resolve(Mention(who, at, at + len(who), "posted", True), s.start, "")
            src.kind = _kind(who)
            for k in range(i, j + 1):
                if sentences[k].kind == "body":
                    result[k] = replace(result[k], source=src.key, cue="posted", direct=True)
        i = j + 1
