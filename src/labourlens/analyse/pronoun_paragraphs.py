"""A paragraph that tells a worker's story and closes with the worker's own words (used by
:mod:`labourlens.analyse.forum_posts`, the last pass of the attribution).

A feature often retells what a worker said in the writer's words and then quotes him: "He paid an agent in
Dhaka 4,000 dollars. When he landed, he was given a trowel. 'The paper there and the paper here were not the
same paper,' he says." The plain sentences about "he" before the quotation are his account as much as the
quotation is, when nobody else speaks or is named in between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence, Source

__all__ = ["pronoun_paragraphs"]

_NAMED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\s+[A-Z][a-z]+")  # another person's full name inside the sentence
_SAYING = re.compile(r"\b(?:said|says|told|tells|according)\b")


def pronoun_paragraphs(sentences: Sequence[Sentence], result: list[Any], mentions: Sequence[Mention | None],
                       sources: Sequence[Source]) -> None:
    """Give the plain "he" / "she" sentences that open a paragraph to the person its closing "he says" quotes
    (in place; see the module docstring)."""
    persons = {s.key for s in sources if s.kind in ("named_person", "anonymous_source")}
    for k, s in enumerate(sentences):
        m = mentions[k] if k < len(mentions) else None
        if m is None or s.kind != "body" or not result[k].explicit or result[k].source not in persons:
            continue
        pronoun = m.wording.strip().lower()
        if pronoun not in ("he", "she") or (k + 1 < len(sentences) and sentences[k + 1].paragraph == s.paragraph):
            continue  # only the paragraph's closing attribution
        word = re.compile(rf"\b{pronoun}\b", re.IGNORECASE)
        j = k - 1
        while j >= 0 and sentences[j].paragraph == s.paragraph:
            j -= 1
        opening = range(j + 1, k)
        plain = [i for i in opening if sentences[i].quote is None and result[i].source == OUTLET_KEY]
        if not plain or any(result[i].explicit or result[i].source not in (OUTLET_KEY, result[k].source)
                            for i in opening):
            continue
        if any(not word.search(sentences[i].text) or _SAYING.search(sentences[i].text)
               or _NAMED.search(sentences[i].text) for i in plain):
            continue
        for i in plain:
            result[i] = replace(result[i], source=result[k].source, cue=result[k].cue, direct=False, explicit=False,
                                span=None)
