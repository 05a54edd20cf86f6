"""A speaker described by a relative clause, then named ("According to the labour inspector who led the raid,
Ana Ruiz, none of the men had a contract"), for :mod:`labourlens.analyse.mentions`: the clause is cut from the
description, and the name after it is kept, so that the speaker is worded "the labour inspector, Ana Ruiz"."""

from __future__ import annotations

import re

from labourlens.analyse.clause_roles import as_inside_clause  # "who came ... as a teenager": re-exported

__all__ = ["as_inside_clause", "cut_relative"]


def cut_relative(np: str, relative: re.Pattern[str], name: re.Pattern[str]) -> str:
    """``np`` without the relative clause (``relative``, no comma before it) of its first part; a name (``name``)
    apposed after that part is kept."""
    head, sep, tail = np.partition(", ")
    cut = relative.split(head, maxsplit=1)[0]
    if cut != head and tail and name.match(tail):
        return f"{cut}{sep}{tail}"
    return relative.split(np, maxsplit=1)[0]
