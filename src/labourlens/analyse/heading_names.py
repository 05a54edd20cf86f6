"""A speaker named in the heading over a paragraph of quotation, for :mod:`labourlens.analyse.attribution`.

Pages that reproduce voice notes, messages, letters or call transcripts set each one under a line of its own
that labels it and names the person, with a pseudonym in quotation marks after a dash or a colon:
'Voice note 1 — "Hiwot", Achrafieh', 'Message 3: "Rahel", 27, Riyadh', 'Call two – "Mariam" again'. The
quoted name is the person's (``named_person``); the label's first word ("Voice", "Message") names no one, nor
does a bare label ("Voice note 1", "Message 3:"). A heading whose quoted words are followed by anything but a
place, an age or "again" ('Workers — "Slavery", says union') is no such line. Examples here and in the
tests are invented.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from labourlens.model import Sentence

__all__ = ["Headings", "heading_name", "label_heading"]

_CAP = r"[A-Z][\w'\u2019-]+"
# a lower-case word of a trade ("welder", "crane operator"), never a verb of saying ('"Slavery", says union')
_TRADE_WORD = r"(?!(?:says|said|claims|claimed|tells|told|warns|warned|writes|wrote|adds|added)\b)[a-z]+"
# when a second note came: "a week later", "a month after", "the next morning", "the same evening"
_LATER = (r"(?:(?:\w+[ \t]+){1,2}(?:later|after|afterwards|on)|(?:the|that)[ \t]+(?:next|following|same)[ \t]+"
          r"(?:day|morning|afternoon|evening|night|week))")
# a bracketed note on how the words came: translated, transcribed, recorded, sent
_NOTE = r"(?:[ \t]*\((?:translated|transcribed|recorded|sent|in)\b[^()\n]{0,80}\))"
_HEADING = re.compile(
    rf"^\s*[#*_]*\s*[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){{0,3}}[ \t]*(?:[\u2014\u2013:|]|[ \t]-)[ \t]*"
    rf"[\"\u201c](?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[\"\u201d]"
    # ', Achrafieh', ', 27, Riyadh', ', 41, welder, from Nanyang, Henan', ' (31)', ' again', ' (again)': ages, places and
    # trades, each after a comma (not a verb: 'Workers — "Slavery", says union')
    rf"(?:(?:[ \t]*,[ \t]*(?:\d{{1,2}}|(?:from|of|in)[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}|{_CAP}(?:[ \t]+{_CAP}){{0,2}}|"
    rf"{_TRADE_WORD}(?:[ \t-]{_TRADE_WORD}){{0,2}})){{1,5}}"
    # ' again, a week later', ' again, the next morning': the same person heard a second time, and when
    r"|[ \t]*\(\d{1,2}\)|[ \t]+\(?again\)?(?:[ \t]*,[ \t]*" + _LATER + r")?)?"
    # a note on the recording after it: ' (translated from Tigrinya by ...)', ' (recorded in Arabic)'
    + _NOTE + r"?[ \t]*[*_]*[ \t]*$")


def heading_name(line: str) -> str | None:
    """The person a labelled heading line names in quotation marks ('Voice note 1 — "Hiwot", Achrafieh' ->
    "Hiwot"), or None for any other line."""
    if len(line) > 160 or "\n" in line.strip():
        return None
    m = _HEADING.match(line)
    return m.group("name") if m is not None else None


# "Voice note 1", "Message 3:", "Letter two": a numbered label alone on its line
_LABEL = re.compile(r"^\s*[#*_]*\s*[A-Z][a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|"
                    r"nine|ten)[ \t]*[:.]?[ \t]*[*_]*[ \t]*$")


def label_heading(line: str) -> bool:
    """Is the line a numbered label alone ("Voice note 1", "Message 3:"), which portrays nobody?"""
    return _LABEL.match(line) is not None


class Headings:
    """The labelled heading lines among a document's sentences ('Interview 2: "Gang", 41, welder'), to find the
    person a heading sets over the answers below it."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._at: list[int] = []
        self._names: list[str] = []
        for k, s in enumerate(sentences):
            if (name := heading_name(s.text)) is not None:
                self._at.append(k)
                self._names.append(name)

    def before(self, i: int) -> str | None:
        """The name of the nearest labelled heading before sentence ``i``, or None."""
        k = bisect_left(self._at, i) - 1
        return self._names[k] if k >= 0 else None
