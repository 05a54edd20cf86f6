"""Sources of one kind told apart (used by :mod:`labourlens.analyse.registry`):

- "the younger one" / "the younger brother" after "The younger man said ...": the source first told apart by
  the same comparative ("younger", "older", "elder"), whatever noun follows it;
- "the first worker" after "One said ... Another said ... The third said ...": a series counted without a
  noun, in the order of "one", "another" / "a second", "the third";
- "the woman" after "a logger's wife" and "her husband": a source of the same sex.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

_E = TypeVar("_E", bound=Any)

_SAME_RANK = {"elder": "older", "eldest": "oldest"}
_RANKED = re.compile(r"(?i)^(?:the|an?)\s+(older|younger|elder|eldest|oldest|youngest|taller|shorter)\b")


def _rank(wording: str) -> str:
    m = _RANKED.match(wording.strip())
    return _SAME_RANK.get(m.group(1).lower(), m.group(1).lower()) if m else ""


def ranked_entry(entries: Sequence[_E], np: str) -> _E | None:
    """The single unnamed person introduced by the same comparative as ``np`` ("the younger brother" after
    "The younger man"), the last one so introduced; None when ``np`` has no comparative or none matches."""
    rank = _rank(np)
    if not rank:
        return None
    found = [e for e in entries if e.source.kind == "anonymous_source" and not e.plural
             and _rank(e.source.wording or "") == rank]
    return max(found, key=lambda e: e.order) if found else None


_SERIES = (re.compile(r"(?i)^one(?:\s+of\s+(?:them|the\s+\w+)|\s+[a-z-]+)?$"),
           re.compile(r"(?i)^(?:another|a\s+second|the\s+second)(?:\s+[a-z-]+)?$"),
           re.compile(r"(?i)^(?:a|the)\s+third(?:\s+[a-z-]+)?$"),
           re.compile(r"(?i)^(?:a|the)\s+fourth(?:\s+[a-z-]+)?$"))


def counted_series(entries: Sequence[_E], n: int) -> _E | None:
    """The ``n``-th (from 0) of a series of unnamed people counted without their noun ("One said ...
    Another said ... The third said ..."), when the series runs in order up to it; None otherwise."""
    if n >= len(_SERIES):
        return None
    anon = [e for e in entries if e.source.kind == "anonymous_source" and not e.plural]  # in order of introduction
    series: list[_E] = []
    for e in anon:
        if len(series) < len(_SERIES) and _SERIES[len(series)].match((e.source.wording or "").strip()):
            series.append(e)
    return series[n] if n < len(series) and len(series) >= 2 else None


def same_sex(entries: Sequence[_E], head: str, gender_of: Callable[[_E], str]) -> _E | None:
    """ "the woman" / "the man": the last single unnamed person of that sex, when the last unnamed person
    is of the other sex (else None: the usual rules apply)."""
    want = {"woman": "female", "man": "male"}.get(head)
    if want is None:
        return None
    anon = [e for e in entries if e.source.kind == "anonymous_source" and not e.plural]
    if not anon:
        return None
    last = max(anon, key=lambda e: e.order)
    if gender_of(last) in ("", want):
        return None
    found = [e for e in anon if gender_of(e) == want]
    return max(found, key=lambda e: e.order) if found else None


# the labels of the parties to a case: "the first accused" is the one the charge sheet lists first, not the first met
_PARTY_LABELS = frozenset({"accused", "defendant", "respondent", "applicant", "claimant", "appellant", "petitioner"})


def party_label(noun: str) -> bool:
    """Is ``noun`` (after an ordinal: "the second accused") a party's label in a case rather than a counted person?"""
    return noun in _PARTY_LABELS


# "The caller, a 38-year-old welder from Lviv": a definite role noun introduced by an indefinite description
_ROLE_DESCRIBED = re.compile(r"(?i)^\s*the\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,\s+(?:a|an)\s+(?P<desc>\S.*?)[\s,.]*$")


def described_anew(np: str, entries: Sequence[_E]) -> bool:
    """Does ``np`` ("The caller, a nurse from Poznan ...") introduce another person of a role already introduced in
    the same frame with another description ("The caller, a 38-year-old welder ..."), as case notes do for each
    caller in turn? Then it names someone new, not the one met before."""
    m = _ROLE_DESCRIBED.match(np)
    if m is None:
        return False
    role, desc = m.group("role").lower(), " ".join(m.group("desc").lower().split())
    given = {" ".join(other.group("desc").lower().split()) for e in entries if e.source.kind == "anonymous_source"
             and (other := _ROLE_DESCRIBED.match(e.source.wording or "")) is not None
             and other.group("role").lower() == role}
    return bool(given) and desc not in given


# (s41) "the Kisumu worker" after "the Nakuru worker": a person named by the proper word before her role (a home town,
# a county, a nationality), as case notes and features tell several workers apart; the role word is lower case
_PROPER_MODIFIED = re.compile(r"^\s*[Tt]he\s+(?P<mod>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?P<role>[a-z][\w-]*)\s*$")


def modified_anew(np: str, entries: Sequence[_E]) -> bool:
    """Does ``np`` ("The Kisumu worker") name a person of a role met before only under another proper word ("The Nakuru
    worker")? Then it is someone new, not the one met before."""
    m = _PROPER_MODIFIED.match(np)
    if m is None:
        return False
    role, mod = m.group("role"), m.group("mod").lower()
    given = {other.group("mod").lower() for e in entries if e.source.kind == "anonymous_source"
             and (other := _PROPER_MODIFIED.match(e.source.wording or "")) is not None and other.group("role") == role}
    return bool(given) and mod not in given


def told_anew(np: str, entries: Sequence[_E]) -> bool:
    """Does ``np`` name someone new of a role met before: described anew ("The caller, a nurse") or under another proper
    word ("The Kisumu worker")?"""
    return described_anew(np, entries) or modified_anew(np, entries)


_OPENER = re.compile(r"[Tt]he\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+[a-z][\w-]*(?=\s+[a-z])")
_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[A-Z\"\u201c])")


def opener_anew(context: str, entries: Sequence[_E]) -> str | None:
    """(s41) The person who opens the sentence just before a "she" or "he" under a proper word before her role ("The Meru
    worker ran away after six months. She reports ..." after "The Embu worker reports ..."), when no one met before
    was so named: that person, the pronoun's antecedent, not the other worker heard last."""
    tail = context[-400:].rstrip()
    ends = [b.end() for b in _END.finditer(tail, 0, max(0, len(tail) - 1))]
    m = _OPENER.match(tail, ends[-1] if ends else 0)
    return m.group(0) if m is not None and modified_anew(m.group(0), entries) else None
