"""Readers' questions signed at their end, a pass of :mod:`labourlens.analyse.forum_posts` (the last passes of the
attribution).

An advice column prints each reader's letter as a question ("Q: My son went to Doha as a driver ... Can they do
that? - Anxious father, Jinja") and signs it at its end after a dash: a descriptor and a town, a first name and a town.
The letter's sentences are the signer's, not the page's: a first name signs as a ``named_person`` ("Musa, Gulu"),
a descriptor as an ``anonymous_source`` ("Anxious father, Jinja"). A sentence of the letter that names a speaker of
its own keeps it, unless it speaks in the writer's first person. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["signed_questions"]

# the letter's opening mark: "Q:", "Question:", "Q."
_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s+\S")
# the signature after a dash at the letter's end: "- Anxious father, Jinja", "\u2014 Musa, Gulu"
_SIGNED = re.compile(r"\s[-\u2013\u2014]\s*(?P<sig>(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,3}?)"
                     r"(?:,\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?)\s*$")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")


def _letters(sentences: Sequence[Sentence]) -> list[list[int]]:
    """The body sentences of each paragraph that opens as a question and ends with a signature."""
    paragraphs: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        paragraphs.setdefault(s.paragraph, []).append(i)
    return [idx for idx in paragraphs.values()
            if _QUESTION.match(sentences[idx[0]].text) and _SIGNED.search(sentences[idx[-1]].text.rstrip())]


def signed_questions(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give each signed reader's question to its signer (in place; see the module docstring)."""
    if "Q" not in text or not any(_QUESTION.match(s.text) for s in sentences):
        return  # speed: nearly every document has no such letter
    for idx in _letters(sentences):
        last = sentences[idx[-1]]
        m = _SIGNED.search(last.text.rstrip())
        if m is None:
            continue
        kind = classify(m.group("who"))
        if kind not in ("named_person", "anonymous_source"):
            continue
        src = reg.resolve(Mention(m.group("sig"), m.start("sig"), m.end("sig"), "wrote"), last.start, "")
        src.kind = kind
        for k in idx:
            if result[k].source == OUTLET_KEY or not result[k].explicit or _FIRST_PERSON.search(sentences[k].text):
                result[k] = replace(result[k], source=src.key, cue="wrote", direct=True, explicit=False, span=None)
