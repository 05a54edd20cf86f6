"""What the workers were told, inside a source's account (used by :mod:`labourlens.analyse.forum_posts`, the
last pass of the attribution).

"The source said the men were owed five months' wages. The company had told them the money would be paid when
the plan was fulfilled." The company did not speak to the reporter: the source says what the men were told,
so the sentence goes on with the source's account, not the company's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence, Source

__all__ = ["told_them"]

_TOLD_THEM = re.compile(r"^\s*(?:had\s+|has\s+|have\s+)?(?:already\s+|repeatedly\s+|also\s+)?(?:told|promised|assured|warned)\s+"
                        r"(?:them|the\s+(?:workers|men|women|crews?|brigades?|labou?rers|builders|staff|employees))\b")


def told_them(sentences: Sequence[Sentence], result: list[Any], mentions: Sequence[Mention | None],
              sources: Sequence[Source]) -> None:
    """Give "The company had told them ..." to the person whose account the paragraph is giving (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for i, s in enumerate(sentences):
        m = mentions[i] if i < len(mentions) else None
        if m is None or i == 0 or not result[i].explicit or kinds.get(result[i].source) not in ("organization", "official"):
            continue
        if sentences[i - 1].paragraph != s.paragraph or s.quote is not None:
            continue
        if not _TOLD_THEM.match(s.text[m.end:]):
            continue
        prev = result[i - 1]
        if prev.source == OUTLET_KEY or kinds.get(prev.source) not in ("anonymous_source", "named_person"):
            continue
        result[i] = replace(result[i], source=prev.source, cue="said", direct=False, explicit=False, span=None)
