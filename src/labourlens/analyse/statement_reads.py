"""A statement quoted as a list under "The statement reads, in part:" ("The union on Monday released a statement on
the cases of 18 workers. The statement reads, in part:" and then bulleted items): the lead-in speaks for the statement,
a document, and so the items under it do (:mod:`labourlens.analyse.finding_lists` gives items to their lead-in's
speaker), whoever publishes the page. Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["statement_reads"]

# "The statement reads, in part:", "The letter read:", "Its statement reads in full:"
_LEAD = re.compile(r"^\s*(?P<np>(?:The|Its|Their)\s+(?:joint\s+|written\s+|full\s+)?(?:statement|letter|petition|"
                   r"communiqu\u00e9|communique|declaration|resolution|memorandum|complaint|appeal|open\s+letter))\s+"
                   r"(?:reads|read|says|said|states|stated)(?:,?\s+in\s+(?:part|full),?)?\s*:\s*$")


def statement_reads(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give an unattributed lead-in "The statement reads, in part:" to the statement (in place)."""
    for i, s in enumerate(sentences):
        if result[i].explicit or "read" not in s.text and "stat" not in s.text and "say" not in s.text \
                and "said" not in s.text:
            continue
        m = _LEAD.match(s.text)
        if m is None:
            continue
        # worded as the statement first met ("a statement"): the definite "The statement" would be read as a back-
        # reference to a body's statement met anywhere in the text
        np = "a " + m.group("np").split(None, 1)[1]
        src = reg.resolve(Mention(np, m.start("np"), m.end("np"), "said", False), s.start,
                          text[max(0, s.start - 600):s.start])
        result[i] = replace(result[i], source=src.key, cue="said", direct=False, explicit=True, span=None)
