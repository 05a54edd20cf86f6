"""A long aside in brackets between a speaker's name and its reporting verb, for
:mod:`labourlens.analyse.attribution`.

"Continuing our series on migrant crews, Sauti ya Pwani (the Sunday edition of a Mombasa daily, translated by
our volunteers) reported that ...": the bracketed description makes the speaker phrase too long for the
finders, or gives the name a description that reads as another kind. The name before it speaks: a phrase found
with the aside is cut back to the name, and when the finders find no speaker the sentence is read again with
the aside blanked (offsets kept). Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention

__all__ = ["past_long_aside"]

# a capitalised word, then a bracketed aside of six words or more, then a reporting verb
_ASIDE = re.compile(r"(?<=[A-Za-z.])\s+(?P<aside>\((?:[^()\n]+?\s){5,}[^()\n]*?\))(?=\s+(?:(?:has|have|had)\s+)?"
                    r"(?:reported|reports|said|says|wrote|writes|quoted|cited|told|revealed|found|published)\b)")


def past_long_aside(m: Mention | None, sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker before a long bracketed aside and its verb ("Sauti ya Pwani (the Sunday edition of ...)
    reported that"): ``m`` without the aside when the finders took it along, else found by ``find`` with the
    aside blanked when they found none; ``m`` otherwise."""
    a = _ASIDE.search(sentence_text) if "(" in sentence_text else None
    if a is None:
        return m
    if m is not None:  # the aside taken along: the name alone speaks
        if m.end == a.end("aside") and m.start < a.start("aside"):
            name = sentence_text[m.start:a.start()].strip()
            return Mention(name, m.start, m.start + len(name), m.cue, m.direct, m.relay)
        return m
    blanked = sentence_text[:a.start("aside")] + " " * len(a.group("aside")) + sentence_text[a.end("aside"):]
    found = find(blanked)
    if found is None or not a.start() - 1 <= found.end <= a.start("aside") + 1:
        return None
    return Mention(found.wording.strip(), found.start, found.end, found.cue, found.direct, found.relay)
