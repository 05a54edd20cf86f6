"""A finding of the reporter's own round of interviews, told as what nobody said: "Nobody we spoke to said their
passport had been taken; 20 of the 23 said they kept them." The sentence opens in the page's voice (the "we" who
asked), whatever group speaks in a later clause. So does the report's own negative finding set before what a group
told it, after a semicolon: "We saw no sign that the drivers paid for their visas; they told us the firm had." Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

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
# the report's own negative finding: "We found no record that ...", "We saw no sign of ...", "We did not find ..."
_WE_FOUND_NONE = re.compile(r"^\W{0,3}We\s+(?:also\s+)?(?:(?:found|saw|identified|documented|observed|uncovered)\s+no|"
                            r"(?:did\s+not|could\s+not|didn't|couldn't)\s+(?:find|identify|see|document))\b")


def _later_clause_speaker(text: str, att: Any) -> bool:
    """Is the sentence's speaker named only in a clause after its first semicolon?"""
    semi = text.find(";")
    return semi > 0 and att.span is not None and att.span[0] > semi and '"' not in text[:semi] \
        and "\u201c" not in text[:semi]


def nobody_we_asked(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give a sentence that opens "Nobody we spoke to said ..." (or "We found no ...; they told us ...") to the
    page's voice (in place)."""
    for i, s in enumerate(sentences):
        if result[i].source == OUTLET_KEY or " we " not in s.text and " I " not in s.text and not s.text.lstrip(
                "-\u2022* ").startswith("We "):
            continue
        if _OPENING.match(s.text) or _WE_FOUND_NONE.match(s.text) and _later_clause_speaker(s.text, result[i]):
            result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False, span=None)
