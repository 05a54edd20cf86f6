"""A "they said" set inside a quotation is the speaker's report of what others told them, not a new speaker:
'She said she was paid 600 yuan. "The rest, they said, went to the agent. I never saw it."' The quotation is hers
(the person who spoke in the sentence before, in the same paragraph), and so is the rest of it. A "they" that could
go back to papers or a body met before would otherwise take it. Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.model import Sentence, Source

__all__ = ["quoted_they"]

# an opening quotation mark, a few words, then ", they said," or ", they told us,"
_QUOTED_THEY = re.compile(r"^[\"\u201c][^\"\u201d]{1,80}?,\s+they\s+(?:said|told\s+(?:us|me|them)|say),\s")
_PERSONS = frozenset({"named_person", "anonymous_source"})


def quoted_they(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give a quotation opened with an aside "they said" to the person who spoke just before it (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for i, s in enumerate(sentences):
        if i == 0 or result[i] is None or result[i - 1] is None or ", they " not in s.text \
                or _QUOTED_THEY.match(s.text) is None:
            continue
        prev, cur = result[i - 1], result[i]
        if sentences[i - 1].paragraph != s.paragraph or prev.source == cur.source or kinds.get(prev.source) not in _PERSONS \
                or kinds.get(cur.source) in _PERSONS:
            continue
        wrong = cur.source
        for j in range(i, len(sentences)):
            if result[j] is None or result[j].source != wrong or sentences[j].paragraph != s.paragraph \
                    or (j > i and (s.quote is None or sentences[j].quote != s.quote)):
                break
            result[j] = replace(result[j], source=prev.source)
