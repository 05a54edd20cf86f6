"""A source named again by the head noun of its introduction (used by :mod:`labourlens.analyse.forum_posts`, the
last pass of the attribution).

"Our reporting partner in Jagang Province" comes back as "the partner"; "a contact who runs a guesthouse" as
"the contact". A lone noun such as "partner" names no kind of speaker by itself (a business partner is a
company), so the sentence finders leave "The partner, who met two of the women, said ..." to the writer. Once
the document has introduced exactly one source with that head noun, the sentence is that source's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["head_backrefs", "head_noun"]

_DEFINITE_SAID = re.compile(
    r"^\s*(?:[A-Z][a-z]+,\s+)?(?P<np>[Tt]he\s+(?P<noun>[a-z][a-z-]{2,}))(?:,\s+(?:who|whose)\s[^,;:\"\u201c\u201d]{2,100},)?"
    r"\s+(?:also\s+|later\s+)?(?P<cue>said|says|told|tells|added|adds|explained|noted|described|recalled)\b")
_CUT = re.compile(r"\s+(?:in|at|from|near|inside|on|of|who|whose|that|with|based)\b|,")


def head_noun(wording: str) -> str:
    """The last word before the first qualifier of a source's wording ("our reporting partner in Ryanggang
    Province" -> "partner"), lower-cased."""
    words = re.findall(r"[A-Za-z][\w-]*", _CUT.split(wording, maxsplit=1)[0])
    return words[-1].lower() if words else ""


def head_backrefs(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give "The <noun> said ..." sentences the writer kept to the one earlier unnamed source with that head
    noun (in place; see the module docstring)."""
    for i, s in enumerate(sentences):
        if s.kind != "body" or result[i].source != OUTLET_KEY or result[i].explicit or s.quote is not None:
            continue
        m = _DEFINITE_SAID.match(s.text) if s.text.lstrip()[:4] in ("The ", "the ") or ", the " in s.text[:30] \
            else None
        if m is None:
            continue
        noun = m.group("noun")
        earlier = [src for src in sources if src.kind == "anonymous_source" and src.spans
                   and min(src.spans)[0] < s.start and head_noun(src.wording or "") == noun]
        if len(earlier) != 1:
            continue
        result[i] = replace(result[i], source=earlier[0].key, cue=m.group("cue"), direct=False, explicit=True,
                            span=(m.start("np"), m.end("np")))
