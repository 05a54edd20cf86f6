"""A long aside in brackets between a speaker's name and its reporting verb, for
:mod:`labourlens.analyse.attribution`.

"Continuing our series on migrant crews, Sauti ya Pwani (the Sunday edition of a Mombasa daily, translated by
our volunteers) reported that ...": the bracketed description makes the speaker phrase too long for the
finders, or gives the name a description that reads as another kind. The name before it speaks: a phrase found
with the aside is cut back to the name, and when the finders find no speaker the sentence is read again with
the aside blanked (offsets kept).

A trailing speaker given with an affiliation after the name ("..., the organiser, Ms Hana Bekele of the
Sidama branch of the garment workers' union, told the paper.") is that person, not the clause before it
taken along with the name. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention

__all__ = ["past_long_aside", "trailing_affiliated"]

# a capitalised word, then a bracketed aside of six words or more, then a reporting verb (words and the spaces
# after them kept apart, so a long bracket with no verb after it fails in linear time)
_ASIDE = re.compile(r"(?<=[A-Za-z.])\s+(?P<aside>\((?:[^()\s]+\s+){5,}[^()\n]*?\))(?=\s+(?:(?:has|have|had)\s+)?"
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


# "..., the organiser, Ms Hana Bekele of the Sidama branch of the union, told the paper.": a named person with an
# affiliation, after the clause, before the verb that ends the sentence
_AFFILIATED = re.compile(
    r",\s+(?P<sp>(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'\u2019-]+"
    r"(?:\s+[A-Z][\w'\u2019-]+){1,2}\s+of\s+(?:the\s+)?[A-Z][^,.;:\"\u201c\u201d]{2,100}?),?\s+"
    r"(?P<verb>told|said|says|tells|added|explained)\b[^,;:\"\u201c\u201d]{0,40}[.!]?\s*$")


def trailing_affiliated(m: Mention | None, sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The trailing speaker with an affiliation ("..., the organiser, Ms Hana Bekele of the Sidama branch, told
    the paper."), when the finders found none or took the clause before it along; ``m`` otherwise."""
    a = _AFFILIATED.search(sentence_text) if " of " in sentence_text else None
    if a is None or m is not None and m.start >= a.start("sp"):
        return m
    found = find(f"{a.group('sp')} {a.group('verb')} them.")
    if found is None or found.end != len(a.group("sp")):
        return m  # the finders read the phrase as the speaker, up to the verb ("the organiser, Ms X": Ms X)
    at = a.start("sp") + found.start
    return Mention(found.wording, at, at + len(found.wording), found.cue, False, found.relay)
