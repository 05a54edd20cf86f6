"""A bulletin's box of figures: under a heading such as "In numbers", "By the numbers", "The month in figures" or
"At a glance", the bullets that open with a count of the people who called or wrote in ("- 48 reported wages
unpaid", "- 19 said they could not leave", "- 12 callers said ...") are the publisher summing up its own casework,
so the page speaks, not a group called "48" (a count outside such a box, "Eleven said ...", is left as it was). A
"she" or "he" after the box that was taken for the last count ("A cleaner in Salmiya wrote to us ... She said
...") goes to the person the sentence after the box opens with. Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.finding_tallies import NUM
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["number_boxes"]

# the heading of the box, on a line of its own: "In numbers", "October in numbers", "By the numbers", "At a glance"
_HEADING = re.compile(r"^\W{0,2}(?:(?:the|this|last)\s+(?:month|week|year|quarter)\s+in\s+(?:numbers|figures)|"
                      r"(?:[A-Z][a-z]+\s+)?in\s+(?:numbers|figures)|by\s+the\s+numbers|facts\s+and\s+figures|"
                      r"at\s+a\s+glance|key\s+figures|(?:our\s+)?(?:monthly\s+)?figures)\s*:?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-\u2022*\u2013\u25aa]\s+")
# "48 reported", "19 said", "61 callers said", "Nine of them told us"
_OPENING = re.compile(
    rf"{NUM}(?:\s+of\s+(?:them|those|these|the\s+callers))?(?:\s+[a-z][a-z-]+){{0,2}}\s+"
    r"(?:said|say|reported|report|told\s+us|described|complained|asked)\b", re.IGNORECASE)
# the person the first sentence after the box opens with: "A Filipina worker in Al Jahra called us ..."
_ONE_PERSON = re.compile(
    r"^\W{0,2}(?P<np>An?\s+(?:[\w-]+\s+){0,3}?(?:worker|woman|man|caller|maid|housemaid|nanny|cook|cleaner|driver|"
    r"carer|caregiver|girl|mother|domestic\s+worker)(?:\s+(?:in|from)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?)"
    r"(?:,\s+\d{2},)?\s+[a-z]+", re.UNICODE)
_PRONOUNS = frozenset(("she", "he"))


def _box_items(sentences: Sequence[Sentence], heading: int) -> range:
    """The bullets right after a heading line (sentence ``heading``)."""
    end = heading + 1
    while end < len(sentences) and end < heading + 40 and _BULLET.match(sentences[end].text):
        end += 1
    return range(heading + 1, end)


def number_boxes(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the counted bullets of a box of figures to the page, and a pronoun the last count took to the person the
    text goes on to tell of (in place)."""
    for h, s in enumerate(sentences):
        if len(s.text) > 40 or _HEADING.match(s.text) is None:  # (speed: a heading is short)
            continue
        items = _box_items(sentences, h)
        counted: set[str] = set()
        for i in items:
            bullet = _BULLET.match(sentences[i].text)
            if bullet is None or result[i].source == OUTLET_KEY or _OPENING.match(sentences[i].text, bullet.end()) is None:
                continue
            counted.add(result[i].source)
            result[i] = replace(result[i], source=OUTLET_KEY, cue=None, direct=False, explicit=False)
        if counted and items.stop < len(sentences):
            _pronouns_after(sentences, result, reg, items.stop, counted)


def _pronouns_after(sentences: Sequence[Sentence], result: list[Any], reg: Registry, first: int,
                    counted: set[str]) -> None:
    """A "she" that the last count took, after the box: the person the first sentence after it opens with (past the
    next section's short heading, "Case of the month")."""
    if len(sentences[first].text) < 40 and first + 1 < len(sentences) and not sentences[first].text.rstrip().endswith("."):
        first += 1
    person = _ONE_PERSON.match(sentences[first].text)
    if person is None or result[first].source in counted:
        return
    source = None
    for i in range(first + 1, min(len(sentences), first + 6)):
        att = result[i]
        if att.source not in counted or att.span is None:
            continue
        if sentences[i].text[att.span[0]:att.span[1]].strip().lower() not in _PRONOUNS:
            continue
        if source is None:
            s = sentences[first]
            np = person.group("np")
            source = reg.resolve(Mention(np, person.start("np"), person.end("np"), "introduced"), s.start, "")
            source.kind = "anonymous_source"
        result[i] = replace(att, source=source.key)
