"""A relative named in apposition by a given name alone ("according to his wife, Sunita", "her brother, Arjun"), and
one of a group named by a given name, with or without an initial ("according to one of them, Sergei M.", "one
of the men, Rustam, 29,"): the
name is part of the speaker phrase, as a full name after a role is ("the foreman, Ivan Petrov"). Used by
:mod:`labourlens.analyse.mentions`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["given_name_after", "apposed_chunk"]

_KIN = re.compile(r"^(?:his|her|their|the|a|one|my|our)\s+(?:(?:late|elder|older|younger|eldest|youngest)\s+)?"
                  r"(?:wife|husband|brother|sister|mother|father|son|daughter|cousin|uncle|aunt|nephew|niece|fianc[eé]e?|"
                  r"widow|widower|brother-in-law|sister-in-law|mother-in-law|father-in-law|grandmother|grandfather)$",
                  re.IGNORECASE)
_GIVEN = re.compile(r"^[A-Z][a-z'\u2019-]{2,}$")
# one of a group named by a given name and the initial of the surname ("according to one of them, Sergei M.")
_PARTITIVE = re.compile(r"^(?:one|another)\s+of\s+(?:them|those|the\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?)$",
                        re.IGNORECASE)
# words that close a comma chunk after "one of them" and are no name ("According to one of them, Yesterday ...")
_NOT_GIVEN = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|However|Yesterday|Today|Then|Now|"
                        r"Later|Earlier|Still|Indeed|Also|Meanwhile)$")
_GIVEN_INITIAL = re.compile(r"^[A-Z][a-z'\u2019-]{2,}\s+[A-Z]\.?$")


def given_name_after(np: str, nxt: str) -> bool:
    """Is ``nxt`` a given name alone in apposition to a relative ``np`` ("his wife" + "Sunita"), or a given name and
    an initial in apposition to one of a group ("one of them" + "Sergei M.")?"""
    if (_GIVEN_INITIAL.match(nxt.strip()) or _GIVEN.match(nxt.strip()) and not _NOT_GIVEN.match(nxt.strip())) \
            and _PARTITIVE.match(np.strip()) is not None:
        return True  # "one of them, Sergei M.", "one of the men, Rustam, 29, ...": that one, by name
    return _KIN.match(np.strip()) is not None and _GIVEN.match(nxt.strip()) is not None


_INITIAL_CUT = re.compile(r"\s[A-Z]$")


def apposed_chunk(chunk: str) -> str:
    """A chunk of a speaker phrase between commas without its edge punctuation, but the period of a closing initial
    ("Sergei M." keeps its period: a name, where "Sergei M" would read as a firm's)."""
    cut = chunk.rstrip(".;:")
    return cut + "." if chunk.rstrip(";:").endswith(".") and _INITIAL_CUT.search(cut) else cut
