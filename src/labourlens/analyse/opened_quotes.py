"""A quotation a speaker opens at the end of a sentence and goes on with in the next ones, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

'The paper also quoted Father Tomas Ruiz, a port chaplain, who said: "These men had not called home in months.
Their phones were taken. One man wept."' The sentences after the first are inside the quotation the named
speaker opened; they are his, not those of a document or a person quoted in the paragraph before. Examples here
and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["opened_quotes"]


def _left_open(text: str) -> bool:
    """Does ``text`` end inside a quotation it opened after a colon or a verb of saying ('who said: "These men
    ...', 'she added, "We ...')?"""
    at = text.rfind("\u201c") if "\u201c" in text else -1
    if at < 0 or text.rfind("\u201d") > at:
        if text.count('"') % 2 == 0:
            return False
        at = text.rfind('"')
    return _INTRODUCED.search(text[max(0, at - 24):at]) is not None


# the words before the opening mark: a colon, or a verb of saying and a comma
_INTRODUCED = re.compile(r"(?::|\b(?:said|says|added|adds|told\s+\w+|recalled|recalls|explained|explains),)\s*$")


def opened_quotes(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give the sentences of a quotation opened by a named speaker at a sentence's end to that speaker (in place)."""
    owner: tuple[int, Any] | None = None  # (quote id, the attribution of the sentence that opened it)
    for i, s in enumerate(sentences):
        if s.kind != "body" or s.quote is None:
            owner = None
            continue
        if owner is not None and owner[0] == s.quote:
            if not result[i].explicit and result[i].source != OUTLET_KEY:
                result[i] = replace(result[i], source=owner[1].source, cue=owner[1].cue, direct=True, span=None)
            continue
        owner = None
        prev = result[i - 1] if i > 0 else None
        if (prev is not None and sentences[i - 1].quote is None and sentences[i - 1].paragraph == s.paragraph
                and prev.explicit and prev.source != OUTLET_KEY and _left_open(sentences[i - 1].text)):
            owner = (s.quote, prev)
            if not result[i].explicit and result[i].source != OUTLET_KEY:  # carried over from someone else
                result[i] = replace(result[i], source=prev.source, cue=prev.cue, direct=True, span=None)
