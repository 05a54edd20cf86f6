"""A charity's or a clinic's case notes set each case under a heading that gives the person only by initials, often
with an age and a home town ("Case 2: K.L., 40, from Dhaka", "Case 3. P., a cleaner"): the initials hide a
person who is not named, so what that person told the caseworkers is an ``anonymous_source``'s account, not a named
person's. Initials met elsewhere (a court's parties, "identified by the initials A.B.", a letter's signature) stay as
read. Examples are invented."""

from __future__ import annotations

import re

__all__ = ["case_initials"]

# "Case 4: M., 38", "Case 1. A.B. and C.D., 21 and 22", "## Case 12 - R.T. (file closed)": the heading's initials
_CASE_HEAD = re.compile(r"^[ \t#*]*(?:Case|CASE|File|FILE)[ \t]+(?:No\.?[ \t]*)?\d{1,3}[ \t]*[.:)\u2013\u2014-][ \t]*"
                        r"(?P<a>(?:[A-Z]\.[ \t]?){1,3})(?:[ \t]+and[ \t]+(?P<b>(?:[A-Z]\.[ \t]?){1,3}))?(?=[,\s(]|$)",
                        re.MULTILINE)
_SPACE = re.compile(r"\s+")


def case_initials(text: str) -> frozenset[str]:
    """The initials (spaces removed: "K.L.") that head the case notes of ``text``."""
    if "ase" not in text and "ile" not in text and "ASE" not in text and "ILE" not in text:
        return frozenset()
    found: set[str] = set()
    for m in _CASE_HEAD.finditer(text):
        found.update(_SPACE.sub("", g) for g in (m.group("a"), m.group("b")) if g)
    return frozenset(found)
