"""A "she says" in the body that went back to a person met only in the standfirst, for
:func:`labourlens.analyse.forum_posts.final_sources` (the last pass of the attribution):

"A domestic worker who returned last month says she was promised a nanny's job" (the standfirst), then "When Grace
Wanjiru boarded a flight in 2024, ..." and "What she found in Jeddah, she says, was ...": the pronoun is the person
the body has just named (a named person who speaks later in the story), not the standfirst's description of her.
Only when exactly one such named person is written out in the body before the pronoun. Names in the examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.model import Sentence, Source

__all__ = ["standfirst_pronouns"]

_PRONOUNS = frozenset(("he", "she"))
_PRONOUN_SAYS = re.compile(r"\b(?:she|he)\s+(?:says|said|recalls|recalled|explains|explained)\b")


def _story_start(sentences: Sequence[Sentence]) -> int | None:
    """Where the story opens after its standfirst: the first body sentence after the byline or date line (a
    ``meta`` sentence) that follows the standfirst; None when the page has no standfirst before such a line."""
    seen_body = False
    for k, s in enumerate(sentences):
        if s.kind == "body":
            seen_body = True
        elif s.kind == "meta" and seen_body:
            return next((t.start for t in sentences[k + 1:] if t.kind == "body"), None)
    return None


def standfirst_pronouns(text: str, sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give a body's "she says" that went to a standfirst-only person to the person the body named (in place)."""
    if "he says" not in text and "he said" not in text and "he recall" not in text and "he explain" not in text:
        return
    first_body = _story_start(sentences)
    if first_body is None:
        return
    by_key = {s.key: s for s in sources}
    for i, s in enumerate(sentences):
        src = by_key.get(result[i].source)
        if s.kind != "body" or src is None or src.kind != "anonymous_source" or not src.spans:
            continue
        if any(a >= first_body and text[a:b].lower() not in _PRONOUNS for a, b in src.spans):
            continue  # met in the body by a description of its own
        if _PRONOUN_SAYS.search(s.text) is None:
            continue
        before = text[first_body:s.start]
        named = [n for n in sources if n.kind == "named_person" and n.wording and n.wording in before]
        if len(named) == 1:
            result[i] = replace(result[i], source=named[0].key)
