"""A document cited only inside a concessive clause after the page's own statement ("Rent of 150 riyals is deducted
each month although the offer letter describes housing as free"; "Workers pay for their meals, even though the
contract states that food is provided"): the sentence states what happens, in the page's voice, and sets the paper
against it; the document is no speaker of the sentence. A person in that place ("..., although the manager says
...") is left to the other rules. Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY, classify
from labourlens.model import Sentence

__all__ = ["concessive_documents"]

_CONCESSIVE = re.compile(r"^(?P<main>[A-Z][^\"\u201c\u201d:;]{10,200}?),?\s+(?:although|even\s+though|though|whereas)\s+"
                         r"(?P<np>(?:the|their|his|her|its|each|every)\s+(?:[\w'\u2019-]+\s+){0,5}?[\w-]+)\s+"
                         r"(?:says?|said|states?|stated|describes?|described|shows?|showed|lists?|listed|mentions?|promises?|"
                         r"promised|specif(?:y|ies|ied)|records?|recorded|names?|named)\b")
# the opening clause must not itself report someone: "Workers said they pay ..., although the contract ..."
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according\s+to|reported|claimed|alleged|added|explained)\b")


def concessive_documents(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give a sentence whose only speaker is a document in a concessive clause to the page's voice (in place)."""
    for i, s in enumerate(sentences):
        if result[i].source == OUTLET_KEY or "though" not in s.text and "whereas" not in s.text:
            continue
        m = _CONCESSIVE.match(s.text)
        if m is None or _REPORTED.search(m.group("main")) or classify(m.group("np")) != "document":
            continue
        span = result[i].span
        if span is not None and span[1] <= m.end("main") or result[i].cue == "wrote" or result[i].direct and span is None:
            continue  # the speaker found stands in the opening clause, not in the concessive one (or is a letter's
            # writer, given the sentence by the letters page, or the speaker of a quotation the sentence is part of: s389)
        result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False, span=None)
