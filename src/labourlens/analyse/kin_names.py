"""A relative named in apposition by a given name alone ("according to his wife, Sunita", "her brother, Arjun"): the
name is part of the speaker phrase, as a full name after a role is ("the foreman, Ivan Petrov"). Used by
:mod:`labourlens.analyse.mentions`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["given_name_after"]

_KIN = re.compile(r"^(?:his|her|their|the|a|one|my|our)\s+(?:(?:late|elder|older|younger|eldest|youngest)\s+)?"
                  r"(?:wife|husband|brother|sister|mother|father|son|daughter|cousin|uncle|aunt|nephew|niece|fianc[eé]e?|"
                  r"widow|widower|brother-in-law|sister-in-law|mother-in-law|father-in-law|grandmother|grandfather)$",
                  re.IGNORECASE)
_GIVEN = re.compile(r"^[A-Z][a-z'\u2019-]{2,}$")


def given_name_after(np: str, nxt: str) -> bool:
    """Is ``nxt`` a given name alone in apposition to a relative ``np`` ("his wife" + "Sunita")?"""
    return _KIN.match(np.strip()) is not None and _GIVEN.match(nxt.strip()) is not None
