"""A firm met as "the company" that names itself in its own words, for the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`).

A report that sends questions to a firm and prints the answer ("We wrote to Kestrel Seafoods Co., Ltd. ... The
company replied in writing. ... 'Kestrel Seafoods has never employed ...'") gives the firm's name once, as the
addressee, and then speaks of "the company"; the reply itself opens on the firm's name. That name is the speaker's
(annotators write the firm, not "the company"): the source keeps its key and kind and takes the name as its
wording, when the quoted words open on a company's name that the text gave before the firm first spoke. A name
the text never gave before, a person's name or a state body leaves "the company" as it is. Names in the examples
are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import classify
from labourlens.model import Sentence, Source

__all__ = ["self_named_firms"]

_BARE_FIRM = frozenset(("the company", "the firm"))
# the quoted words open on a capitalised name of one to four words and a verb in lower case
_OPENING_NAME = re.compile(r"^\s*[\"\u201c](?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})\s+(?=[a-z])")


def self_named_firms(text: str, sentences: Sequence[Sentence], result: Sequence[Any],
                     sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a bare "the company" renamed by the name its own quoted words open on (see the module
    docstring)."""
    bare = {s.key: s for s in sources if s.kind == "organization" and (s.wording or "").strip().lower() in _BARE_FIRM}
    if not bare:
        return list(sources)
    names: dict[str, str] = {}
    for i, s in enumerate(sentences):
        key = result[i].source
        if key not in bare or key in names or '"' not in s.text[:3] and "\u201c" not in s.text[:3]:
            continue
        m = _OPENING_NAME.match(s.text)
        if m is None:
            continue
        name = m.group("name")
        first = min(bare[key].spans)[0] if bare[key].spans else s.start
        if classify(name) == "organization" and name in text[:first]:
            names[key] = name
    return [replace(s, wording=names[s.key], canonical=s.canonical or names[s.key]) if s.key in names else s
            for s in sources]
