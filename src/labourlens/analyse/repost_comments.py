"""The reposter's own comment after a reposted story on a forum or blog: "Posted by kimchi_fan ... [Source: Kestrel
Wire] <the story> --- My take: I worked in Dalian and this fits ...": below the rule line that closes the story,
a paragraph in the first person is the poster's again, not the outlet's (used by
:mod:`labourlens.analyse.forum_posts`).

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.model import Sentence

__all__ = ["after_story_rule"]

# a line of rule marks alone: "---", "* * *", "___", "==="
_RULE_LINE = re.compile(r"(?m)^[ \t]*(?:[-*_=~\u2014\u2013][ \t]*){3,}$")
# the first person within the opening words of the paragraph below it
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|my|My|me|we|We|our|Our)\b")


def after_story_rule(text: str, sentences: Sequence[Sentence], i: int) -> bool:
    """Does sentence ``i`` open a paragraph in the first person right below a rule line that closes a story?"""
    if not i:
        return False
    s, prev = sentences[i], sentences[i - 1]
    gap = text[prev.end: s.start]
    if "\n" not in gap:
        return False
    ruled = _RULE_LINE.fullmatch(prev.text.strip()) is not None or (
        any(c in gap for c in "-*_=~\u2014\u2013") and _RULE_LINE.search(gap) is not None)  # the rule a line of its own, or in the gap
    return ruled and _FIRST_PERSON.search(s.text[:60]) is not None
