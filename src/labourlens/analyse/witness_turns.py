"""Whose account a transcript line is when another speaker is named inside it (used by
:mod:`labourlens.analyse.mentions`).

A witness's turn often reports what others said to them or about them ("SANTOS: The agency said 120
dinars a month, my own room."; "PARK: They described shifts of fourteen hours."). The line stays the
witness's: an unnamed "they" is the people the witness is telling about, and someone who told the witness
something about themselves is part of the witness's own account. A document the witness cites ("KIM: The
contract said 400 ...") is read the same way; a named person quoted with no part of the witness in it
("LEE: The minister said the plant closed.") still speaks."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.interviewees import told_the_witness
from labourlens.analyse.speakers import Mention, classify

__all__ = ["cited_in_turn", "past_vocative"]


def cited_in_turn(inner: Mention, line: str) -> bool:
    """Is ``inner``, found inside a labelled transcript ``line``, part of the line's speaker's account (a
    document they cite, "they" they tell about, someone who told them something) rather than a speaker of
    its own?"""
    low = inner.wording.lower()
    if classify(inner.wording) == "document" or low == "they":
        return True
    if low in ("he", "she", "it") or _WE_MET.search(low):
        return False  # "PARK: Every worker we interviewed said ...": the people the witness met speak
    return told_the_witness(inner, line) or _counterpart(inner.wording) or _after_own_clause(inner, line)


# "ESTHER BANDA: These are not permanent employees, so the company says they are not its problem.": a body cited after
# the speaker's own clause and a linking word is part of the speaker's argument, not the line's speaker
_OWN_CLAUSE_LINK = re.compile(r"^[A-Z][^:\n]{0,60}:[ \t]+(?:[^\s,;:\"\u201c]+[ \t]+){3,40}?[^\s,;:\"\u201c]*,[ \t]+"
                              r"(?:so|but|and|yet|because|since)[ \t]+$")


def _after_own_clause(inner: Mention, line: str) -> bool:
    """Does ``inner`` follow the line speaker's own clause and a comma with a linking word?"""
    if ", " not in line[:inner.start]:
        return False
    return _OWN_CLAUSE_LINK.match(line[:inner.start]) is not None


@lru_cache(maxsize=1)
def _counterparts() -> re.Pattern[str]:
    words = [str(w) for w in (knowledge.load("speaker_kinds.yaml") or {}).get("witness_counterparts") or []]
    alt = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))
    # "the recruiter", "The recruiter in Khujand", "my boss", "our brigadier", "the Chinese foreman", "a recruiter in
    # Osh" (the one who recruited the witness): no name
    return re.compile(rf"^(?:the|my|our|his|her|their|a|an)\s+(?:[\w-]+\s+)?(?:{alt})(?:s)?(?:\s+(?:in|at|from|on)\s+[^,]{{1,40}})?$",
                      re.IGNORECASE)


def _counterpart(wording: str) -> bool:
    """Is ``wording`` the worker's own recruiter, boss or foreman, unnamed ("The recruiter in Khujand", "my boss"):
    someone the worker deals with, whose words the worker reports as part of their own account?"""
    return _counterparts().match(wording.strip()) is not None and classify(wording) in ("anonymous_source", None)


_WE_MET = re.compile(r"\b(?:we|i)\s+(?:interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|met|surveyed|"
                     r"asked)\b")
# "REPRESENTATIVE GARZA: Mr. Park, the embassy has said ...": the person addressed opens the turn
_VOCATIVE = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Senator|Ambassador|Minister|Commissioner|Judge)\.?\s+"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?|Madam\s+(?:Chair|Chairwoman|Speaker|President)|"
    r"Mr\.?\s+(?:Chairman|Speaker|President)),\s+(?=\S)")
_APPOSED = re.compile(r"(?:an?|who|whose)\s|[^.?!]{0,80},\s+(?:said|says|told|tells|added|adds)\b")


def past_vocative(label: tuple[str, int, int, bool], line: str) -> tuple[str, int, int, bool]:
    """The transcript ``label`` with its end moved past a person the turn addresses ("Mr. Park, the embassy
    has said ..."; "Madam Chair, our auditors visited ..."), so that the addressee is not read as a speaker;
    not past an apposition ("Dr. Lim, a surgeon, said ...")."""
    v = _VOCATIVE.match(line, label[2])
    if v is None or _APPOSED.match(line, v.end()):
        return label
    return label[0], label[1], v.end(), label[3]
