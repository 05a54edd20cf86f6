"""The bullets of a helpline's or a shelter's own figures, in the page's own voice: after the body's own count of the
people or calls it took in ("Our hotline received 2,140 calls in 2024.", "We handled 415 cases last year.") and a
findings heading ("Key findings:", "Main figures:", "Highlights:"), a bullet that opens with a share or a count of
those people ("- 41 percent of callers said ...", "- Around one in four clients reported ...", "- 96 callers said
...", "- Callers reported ...") is the body summing up its own records, so it speaks in the voice of its count (the
page's, or "Our helpline" where that is heard as a speaker): the counted group is not a source it quotes. Workers
counted in a list are left to :mod:`labourlens.analyse.finding_bullets`. A list whose bullets are not all such
figures, a list of one, a list after no first-person intake count in the page's voice and a bullet with a vague count
("- Several callers said ...") keep the older reading. Used by :func:`labourlens.analyse.forum_posts.final_sources`
after :func:`labourlens.analyse.finding_bullets.finding_bullets`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.finding_tallies import NUM
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["intake_bullets"]

# the list's heading on a line of its own: "Key findings:", "Main figures", "Highlights:"
_HEADING = re.compile(r"^\W{0,2}(?:(?:key|main|principal|our)\s+)?(?:findings?|figures|highlights|statistics|"
                      r"numbers)\s*:?\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[-\u2022*\u2013\u25aa]\s+")
# the body's own intake, in the first person: "Our hotline received 3,000 calls", "We assisted 415 workers"
_INTAKE = re.compile(
    r"\b(?:our|we)\b[^.\n]{0,60}?\b(?:received|handled|answered|took|logged|recorded|assisted|helped|served|"
    r"counselled|counseled|registered|sheltered)\s+(?:(?:a\s+total\s+of|some|about|around|more\s+than|over|nearly)\s+)?"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:calls|cases|complaints|enquiries|inquiries|messages|requests|callers|"
    r"clients)\b", re.IGNORECASE)
# the intake sentence opens in the first person: "Our hotline ...", "We handled ..."
_OWN = re.compile(r"^\W{0,2}(?:our|we)\b", re.IGNORECASE)
_SHARE = (r"(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of|half\s+of|a\s+(?:third|quarter|fifth)\s+of|"
          r"(?:one|two|three|four)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))")
_PEOPLE = r"(?:callers|clients|users)"  # the people a helpline counts; counted workers are finding_bullets' own
# "41 percent of callers said", "Around one in four clients reported", "96 callers said", "Callers reported"
_OPENING = re.compile(
    rf"(?:(?:(?:around|about|nearly|almost|over|more\s+than|just\s+over|just\s+under|roughly)\s+)?"
    rf"(?:{_SHARE}\s+(?:(?:all|the|our)\s+)?|{NUM}\s+)(?:[a-z][\w-]+\s+)?)?{_PEOPLE}\s+"
    r"(?:said|reported|told\s+us|described|complained)\b", re.IGNORECASE)
_CUES = ("finding", "figure", "highlight", "statistic", "number")


def _opens(text: str) -> bool:
    bullet = _BULLET.match(text)
    return bullet is not None and _OPENING.match(text, bullet.end()) is not None


def _own_intake_source(sentences: Sequence[Sentence], result: list[Any], i: int) -> str | None:
    """The voice of the body's own intake count ("Our hotline received 900 calls": the page, or "Our helpline" where it
    is heard as a speaker) that a figures heading and bullet ``i``'s list follow, or None."""
    first = i
    while first > 0 and first > i - 30 and _BULLET.match(sentences[first - 1].text):
        first -= 1
    if first == 0 or _HEADING.match(sentences[first - 1].text) is None:
        return None
    last = i
    while last + 1 < len(sentences) and last < i + 30 and _BULLET.match(sentences[last + 1].text):
        last += 1
    if last == first or not all(_opens(sentences[k].text) for k in range(first, last + 1)):
        return None  # one figure among other points, or a list of one: the people keep their voice
    for k in range(first - 2, max(-1, first - 4), -1):
        if _INTAKE.search(sentences[k].text) and (result[k].source == OUTLET_KEY or _OWN.match(sentences[k].text)):
            return str(result[k].source)
    return None


def intake_bullets(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give the bullets of a body's own figures about the people it took in to the page (in place)."""
    if not any(cue in s.text.lower() for s in sentences for cue in _CUES if len(s.text) < 40):
        return
    for i, s in enumerate(sentences):
        if result[i].source == OUTLET_KEY:
            continue
        own = _own_intake_source(sentences, result, i) if _opens(s.text) else None
        if own is not None:
            result[i] = replace(result[i], source=own, cue=None, direct=False, explicit=False)
