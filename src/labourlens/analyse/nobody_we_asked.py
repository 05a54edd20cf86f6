"""A finding of the reporter's own round of interviews, told as what nobody said: "Nobody we spoke to said their
passport had been taken; 20 of the 23 said they kept them." The sentence opens in the page's voice (the "we" who
asked), whatever group speaks in a later clause. Used by :func:`labourlens.analyse.forum_posts.final_sources`;
examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["nobody_we_asked"]

_OPENING = re.compile(r"^\W{0,3}(?:Nobody|No\s+one|None\s+of\s+(?:the|those|them)(?:\s+\w+)?|Not\s+one(?:\s+of\s+(?:the|those|them)"
                      r"(?:\s+\w+)?)?)\s+(?:we|I)\s+(?:spoke|talked|interviewed|asked|met)(?:\s+(?:to|with))?\s+"
                      r"(?:said|reported|complained|mentioned|described|told)\b")


def nobody_we_asked(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give a sentence that opens "Nobody we spoke to said ..." to the page's voice (in place)."""
    for i, s in enumerate(sentences):
        if result[i].source == OUTLET_KEY or " we " not in s.text and " I " not in s.text:
            continue
        if _OPENING.match(s.text):
            result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False, span=None)
