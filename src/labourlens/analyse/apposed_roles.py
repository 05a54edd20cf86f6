"""A member of a group picked out and then described in apposition as someone whose name is withheld: "One of them, a
41-year-old welder from Osh who asked not to be named, said ...". The description is then all the person is known by,
so it is their wording, not the bare "One of them", and later quotes and "the man said" go to that person by it. (A
description without the withheld name, "One of them, a driver from Namangan, said", keeps the older reading.)
Used by :func:`labourlens.analyse.interview_turns.apposed_naming`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["apposed_description", "same_one"]

# "One of them", "one of the men", "another of the workers": a generic head that only picks out one of a group
_ONE_OF = re.compile(r"^(?:one|another)\s+of\s+(?:them|the\s+(?:men|women|workers|labou?rers|migrants|group|crew))$",
                     re.IGNORECASE)
# ", a 41-year-old welder from Osh who asked not to be named": the described person, up to the clause withholding
# the name
_DESCRIPTION = re.compile(r",\s+(?P<d>(?:a|an)\s+(?!(?:few|number|group|couple|pair)\b)[\w'\u2019-]+"
                          r"(?:\s+(?!who\b|whom\b|which\b|that\b)[\w'\u2019-]+){0,5}?)"
                          r"(?=\s+who\s+(?:asked|declined|did\s+not\s+want|spoke\s+on\s+condition)\b)")


def apposed_description(sentence_text: str, start: int, end: int, wording: str) -> str | None:
    """The description in apposition after a generic "One of them" at ``start``..``end`` in the sentence, or None."""
    if not _ONE_OF.match(wording.strip()):
        return None
    m = _DESCRIPTION.match(sentence_text, end)
    return m.group("d") if m is not None else None


# "The same worker said ...", "the same man": the one person just heard again, not the group they belong to
_SAME_ONE = re.compile(r"^(?:the\s+)?same\s+(?:worker|man|woman|labou?rer|migrant|person|driver|builder)$", re.IGNORECASE)


def same_one(np: str) -> bool:
    """Is ``np`` "the same worker" (one person named again by "same", so never a group)?"""
    return _SAME_ONE.match(np.strip()) is not None
