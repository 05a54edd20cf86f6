"""A role label whose own line names the witness and gives particulars, a credit line rather than a turn
("Witness: Li Na (a pseudonym), born 1981, held at ...", "Interviewee: Omar Haddad, 44, former welder"): the
label's speaker is the person named there, and the turns under it are theirs. Used by
:func:`labourlens.analyse.interviewees.relabel`; examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import NAME_WORD, classify

__all__ = ["credited_name"]

# after the colon: a name, then "(pseudonym)" or a comma and particulars, or the end of the line
_CREDIT = re.compile(
    rf"^[ \t]*(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})"
    r"(?=[ \t]*\((?:a[ \t]+|not[ \t]+(?:her|his|their)[ \t]+real[ \t]+name)?(?:pseudonym|alias)?[^)]{0,40}\)|,[ \t]|[ \t]*$)")


def credited_name(line: str, roles: frozenset[str]) -> str | None:
    """The person a role label's line names ("Witness: Li Na (a pseudonym), born 1981, ..." -> "Li Na"), when the
    label is one of ``roles`` (lower-cased role words) and what follows it is a personal name with particulars;
    else None."""
    head, colon, rest = line.partition(":")
    if not colon or head.strip().lower() not in roles or "\n" in head:
        return None
    m = _CREDIT.match(rest.split("\n", 1)[0])
    if m is None or classify(m.group("name")) != "named_person":
        return None
    return m.group("name")
