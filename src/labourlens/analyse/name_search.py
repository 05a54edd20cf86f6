"""Where a name met in a document stands, without a pattern compiled for that name (speed).

Rules that look for a name read from the document ("Tom Akena of the Labour Office") used to build a pattern
per name (``re.escape(name)`` in an f-string): some 300 compiles per 150 reports, a tenth of a millisecond to
two milliseconds each, and every one of them pushed an older pattern out of the ``re`` module's shared cache.
Here the name is found with ``str.find`` and a pattern compiled once at import is tried right after it (and, if
given, a zero-width pattern at its start, such as ``(?<![\\w-])`` or ``\\b``, which sees the characters before
it). A rule uses :func:`followed` either as the whole test, when the pattern it replaces is the name between
those two parts, or as a gate in front of its own pattern, when what follows the name is only a necessary part
of it: the answers are the same either way.

:func:`lowered` extends this to case-insensitive names: for an ASCII name, ``re``'s case-insensitive matching
is the comparison of the lower-cased strings at the same positions, unless the text holds one of the four
characters that ``re`` also takes for an ASCII letter (dotted and dotless I, long s, the Kelvin sign).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["followed", "followed_ci", "lowered", "starts", "written_not_in_capitals"]

# the characters other than ASCII letters that ``re.IGNORECASE`` matches to an ASCII letter (the dotted capital I
# is also the only character whose lower case is two characters long)
_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def starts(text: str, name: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Every position where ``name`` stands in ``text[start:end]``, left to right (overlapping ones too)."""
    i = text.find(name, start, end)
    while i >= 0:
        yield i
        i = text.find(name, i + 1, end)


def followed(text: str, name: str, after: re.Pattern[str], before: re.Pattern[str] | None = None,
             end: int | None = None) -> bool:
    """Does ``name`` stand in ``text[:end]`` with ``before`` matching at its start (a zero-width test) and
    ``after`` matching right after it? The same as a search for ``before`` + the escaped name + ``after``."""
    n = len(name)
    stop = len(text) if end is None else end
    for i in starts(text, name, 0, stop):
        if (before is None or before.match(text, i, stop) is not None) and after.match(text, i + n, stop) is not None:
            return True
    return False


def lowered(text: str) -> str | None:
    """``text`` in lower case when an ASCII name's case-insensitive matches are where its lower case stands in
    it (the same positions); None when the text holds a character that ``re`` matches differently."""
    return None if _ODD.search(text) else text.lower()


def followed_ci(text: str, name: str, after: re.Pattern[str], before: re.Pattern[str] | None = None) -> bool | None:
    """:func:`followed` with ``name`` matched regardless of case (``after`` and ``before`` as they are
    compiled); None when this cannot tell (a name or a text outside what :func:`lowered` covers)."""
    low = lowered(text) if name.isascii() else None
    if low is None:
        return None
    n = len(name)
    for i in starts(low, name.lower()):
        if (before is None or before.match(text, i) is not None) and after.match(text, i + n) is not None:
            return True
    return False


def written_not_in_capitals(text: str, name: str) -> str | None:
    """The first place, left to right without overlaps, where ``text`` writes ``name`` (matched regardless of case)
    not all in capitals, as written there; "" when it has none; None when this cannot tell."""
    low = lowered(text) if name.isascii() else None
    if low is None:
        return None
    key, n = name.lower(), len(name)
    at = low.find(key)
    while at >= 0:
        if not text[at:at + n].isupper():
            return text[at:at + n]
        at = low.find(key, at + n)
    return ""
