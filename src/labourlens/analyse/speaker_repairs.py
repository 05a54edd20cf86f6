"""Two repairs of the speaker phrase found in one sentence (used by :mod:`labourlens.analyse.mention_shapes`).

- A person given with an age between commas ("As Abdullo, 34, put it: ...", "said Leila, aged 31") is worded by
  the name or noun before the age, never by the age alone.
- A trailing "as one put it" that lends a phrase of the sentence to one member of a group does not take the
  sentence from the main clause's speaker ("The four former cooks all said they had left children at home,
  'a guarantee', as one put it."): the group speaks."""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention

__all__ = ["aged_name", "main_over_trailing_as"]

_AGE = re.compile(r"(?:aged\s+)?\d{1,2}$")
# the name or the person noun before ", 34," ("As Abdullo, 34,", "one welder, 41,", "Kim Ok-sun, aged 52,")
_BEFORE_AGE = re.compile(
    r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:As|But|And|Yet|So|Then)\s)[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}|"
    r"(?:(?i:a|an|one|another|the))\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+$")
_TRAILING_AS = re.compile(r",?\s+as\s+$")


def aged_name(m: Mention, sentence_text: str) -> Mention:
    """``m`` worded by the name or noun before the age when the phrase found is only the age."""
    if _AGE.fullmatch(m.wording.strip()) is None:
        return m
    before = _BEFORE_AGE.search(sentence_text[:m.start])
    if before is None:
        return m
    return Mention(before.group("np"), before.start("np"), before.end("np"), m.cue, m.direct, m.relay)


def main_over_trailing_as(m: Mention, sentence_text: str, find: Callable[[str], Mention | None]) -> Mention:
    """The main clause's speaker when ``m`` is only the "one" of a closing "..., as one put it"."""
    if m.start < 20 or m.wording.lower() not in ("one", "one of them", "another", "one of the men",
                                                 "one of the women", "one woman", "one man"):
        return m
    lead = _TRAILING_AS.search(sentence_text[:m.start])
    if lead is None:
        return m
    head = find(sentence_text[:lead.start()])
    return head if head is not None and head.end <= lead.start() and head.wording.lower() != "one" else m
