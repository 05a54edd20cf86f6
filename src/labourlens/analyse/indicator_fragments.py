"""Cues that negate a cue of the same indicator, for the polarity corrections of one sentence
(:mod:`labourlens.analyse.indicator_polarity`).

Some cues hold their own negation because the negation states the abuse: "were not paid", "never
received their wages", "do not hold their own passports". The same pattern also runs over a
denial whose negated words are themselves a cue of that abuse: "we do not owe any salaries" (owing
salaries), "fines were never deducted from basic salary" (deductions), "found no systematic
practice of withholding wages", "had no record of unpaid wages", "does not hold the passports of
any employee". The inner cue is then counted as negated (the matcher sees the negator before it),
and the outer one must follow it: a hit that holds a negated hit of the same indicator after its
own negator counts as negated too, and so does every hit of that indicator over the same words.

Where the inner cue names the owner ("they did not hold their passports", "had not received his
wages"), or the clause's subject before the negator is a person or a worker ("we did not see one
dollar", "the men never collected wages themselves", "they were not allowed to keep even a phone":
``worker_people`` in ``knowledge/indicators.yaml``), or the negation is the subject ("none of the
so-called students was enrolled"), the worker is the subject and the negation
states the abuse, so the hit stands."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.model import IndicatorHit

__all__ = ["negated_fragments"]

_NEGATOR = re.compile(r"\b(?:not|never|no|none|nothing|nor)\b|n't\b")
_OWNER = re.compile(r"\b(?:their|his|her|my|our|your)\b")
_CONTRAST = re.compile(r"\b(?:but|yet|instead|although|though|only)\b")
# the last clause boundary before a negator: what follows it up to the negator holds the clause's subject
_CLAUSE = re.compile(r".*(?:[,;:(]|\b(?:that|said|says|replied|and|but|because|when|while)\b)", re.DOTALL)
_PERSONS = ("i", "we", "they", "he", "she", "you")


@lru_cache(maxsize=1)
def _person_subject() -> re.Pattern[str]:
    data = knowledge.load("indicators.yaml")
    words = sorted({*_PERSONS, *(str(w).lower() for w in data.get("worker_people") or [])}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


_WORD_CHAR = re.compile(r"\w")


def _worker_subject(low: str, negator: int) -> bool:
    """Is the subject of the clause that the negator at ``negator`` sits in a person or a worker, or is the
    negator the subject itself ("none of the so-called students was enrolled": the abuse, stated)?"""
    m = _CLAUSE.match(low, 0, negator)
    start = m.end() if m else 0
    return not _WORD_CHAR.search(low[start:negator]) or _person_subject().search(low, start, negator) is not None


def negated_fragments(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
                      offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(counted hits, negated hits) with the hits over a denied cue of their own indicator moved to the latter."""
    if not hits or not negated:
        return hits, negated
    denied: list[IndicatorHit] = []
    for h in hits:
        for n in negated:
            if n.indicator == h.indicator and h.start < n.start and n.end <= h.end \
                    and (neg := _NEGATOR.search(low, h.start - offset, n.start - offset)) \
                    and not _worker_subject(low, neg.start()) and not _OWNER.search(low, n.start - offset, n.end - offset) \
                    and not _CONTRAST.search(low, h.start - offset, h.end - offset):
                denied.append(n)
                break
    if not denied:
        return hits, negated
    kept: list[IndicatorHit] = []
    moved: list[IndicatorHit] = []
    for h in hits:
        (moved if any(h.indicator == n.indicator and h.start < n.end and n.start < h.end for n in denied) else kept).append(h)
    return kept, negated + moved
