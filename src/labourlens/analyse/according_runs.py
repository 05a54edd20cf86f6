"""A sourced account that runs on past its "according to": "The workers ... take freelance orders from clients
abroad, according to the source. They live four to a flat, and no one may leave the flat alone." The next
sentence of the paragraph goes on about the same people ("They", "He", "She" opening it) with no speaker of its
own: it is still the unnamed source's account, not the page's. Only a person or group of people (an unnamed
source) carries on so, and only for sentences that follow without a break in the paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["according_runs"]

_PRONOUN_OPENING = re.compile(r"^\s*(?:They|He|She)\s+(?!said|says|told|added|say)[a-z]")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s*$")


def according_runs(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Carry a sentence-final "according to" an unnamed source over the pronoun sentences after it (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for i in range(1, len(sentences)):
        s, prev, a = sentences[i], sentences[i - 1], result[i - 1]
        if result[i].source != OUTLET_KEY or result[i].explicit or s.kind != "body" or prev.paragraph != s.paragraph:
            continue
        if a.cue != "according to" or kinds.get(a.source) != "anonymous_source" or a.span is None:
            continue
        tail = prev.text[a.span[1]:]
        if not _SENTENCE_END.fullmatch(tail) or not _PRONOUN_OPENING.match(s.text):
            continue  # the source is cited at the end of the sentence before, and the people go on as "they"
        result[i] = replace(result[i], source=a.source, cue="according to")
