"""The speaker of a quotation as a whole, for :mod:`labourlens.analyse.attribution`.

'"We sewed from seven until midnight. The door was locked," Hoa said.': the speech tag stands in the quotation's
last sentence, so its first sentence has no speaker of its own yet while sentences are read one by one. A rule
that looks at the sentence after a plain one ("Hoa told reporters that ... Instead they travelled on tourist
visas. "We sewed ...," Hoa said.") needs the speaker the quotation will get: the one its tag names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from labourlens.model import Sentence

__all__ = ["quote_speaker"]


def quote_speaker(sentences: Sequence[Sentence], result: Sequence[Any], j: int) -> Any:
    """``result[j]``, or, when sentence ``j`` opens a quotation without a speech tag of its own, the attribution
    of the first tagged sentence of that quotation in the same paragraph."""
    s = sentences[j]
    if s.quote is None or result[j].explicit:
        return result[j]
    for k in range(j + 1, len(sentences)):
        if sentences[k].quote != s.quote or sentences[k].paragraph != s.paragraph:
            break
        if result[k].explicit:
            return result[k]
    return result[j]
