"""Wire datelines that carry a date ("BEIJING, Jan. 9 (Xinhua) --", "MOSCOW, March 3, 2024 (Reuters) -").

:func:`labourlens.analyse.sentences.dateline_end` knows datelines with a place and an agency
("HUNCHUN, China (AP) —"); agencies also put the day between the place and the agency. A speaker
phrase that opens the first sentence starts after either kind, so the attribution modules use
:func:`dateline_end` from here, and :func:`without_dateline` cuts a bare dateline ("KITWE —") from a speaker
phrase a finder read from the start of the line.
"""

from __future__ import annotations

import re
from typing import Any

from labourlens.analyse import sentences

__all__ = ["dateline_end", "without_dateline"]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATED = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3})"  # BEIJING, NEW DELHI
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?"  # , China
    rf",\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+(?:19|20)\d{{2}})?"  # , Jan. 9 / 9 January 2024
    r"\s*(?:\((?P<agency>[A-Za-z .&/-]{1,30})\))?"  # (Xinhua)
    r"\s*(?:--|[\u2014\u2013]|-(?=\s))\s*"
)


# a repost's tag before the story's first sentence: "[Source: Baltic Wire] A worker said ..."
_REPOST_TAG = re.compile(r"^\s*\[(?:Source|Via|From|Courtesy of)\s*:?\s*[^\]\n]{2,80}\]\s*", re.IGNORECASE)


def dateline_end(text: str) -> int:
    """Length of a dateline prefix at the start of ``text``, with or without a date, after a repost's tag
    ("[Source: X]") if any; 0 if none."""
    tag = _REPOST_TAG.match(text)
    if tag is not None:
        return tag.end() + dateline_end(text[tag.end():])
    plain = sentences.dateline_end(text)
    if plain:
        return plain
    m = _DATED.match(text)
    if m is None:
        return 0
    letters = [c for c in m.group("place") if c.isalpha()]
    return m.end() if len(letters) >= 3 and all(c.isupper() for c in letters) else 0


# "KITWE — ", "NEW DELHI - ": a bare dateline, a place in capitals and a dash
_BARE = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+){0,3}\s*(?:--|[\u2014\u2013]|-)\s+(?=[A-Z])")


def without_dateline(m: Any, sentence_text: str) -> Any:
    """The speaker mention ``m`` without a bare dateline it took along from the start of the sentence ("KITWE -
    Zambian workers at a mine" -> "Zambian workers at a mine"); ``m`` otherwise."""
    if m is None or m.start > 2:
        return m
    d = _BARE.match(sentence_text)
    if d is None or d.end() >= m.end:
        return m
    cut = sentence_text[d.end():m.end]
    return type(m)(cut, d.end(), m.end, m.cue, m.direct, m.relay)
