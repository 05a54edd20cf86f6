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
is the comparison of the lower-cased strings at the same positions, once the four characters that ``re`` also
takes for an ASCII letter (dotted and dotless I, long s, the Kelvin sign) are read as that letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["followed", "followed_ci", "lowered", "matches_before", "starts", "written_not_in_capitals"]

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


_ODD_LETTERS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}  # what ``re`` takes each of them for


@lru_cache(maxsize=4)  # (a long report asks for every name it tests)
def lowered(text: str) -> str | None:
    """``text`` in lower case, with the four characters above read as the ASCII letters ``re`` matches them to: an
    ASCII name's case-insensitive matches are exactly where its lower case stands in it (the same positions). (The
    type keeps None, which callers treat as "cannot tell", for texts this could not cover.)"""
    return text.translate(_ODD_LETTERS).lower() if _ODD.search(text) else text.lower()


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


_RUN_CHARS = frozenset("_'\u2019-.")  # with letters, digits and white space: what a title and name words are made of


def matches_before(pattern: re.Pattern[str], text: str, names: Iterator[int] | list[int], at_name: bool = False) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match holds the name at one of ``names`` (its
    positions, all of them, left to right) and runs up to it from a capital letter (or from the name itself, with
    ``at_name``) over letters, digits, white space and ``_ ' ’ - .`` only: "Mr. Tom Akena" before "of the
    Labour Office". The pattern is tried only at those starts, not at every character of a long text (speed)."""
    starts_at: set[int] = set()
    for i in names:
        j = i
        while j > 0 and ((c := text[j - 1]).isalnum() or c.isspace() or c in _RUN_CHARS):
            j -= 1
        starts_at.update(p for p in range(j, i) if "A" <= text[p] <= "Z")
        if at_name:
            starts_at.add(i)
    out: list[re.Match[str]] = []
    end = 0
    for p in sorted(starts_at):
        if p >= end and (m := pattern.match(text, p)) is not None:
            out.append(m)
            end = m.end()
    return out
