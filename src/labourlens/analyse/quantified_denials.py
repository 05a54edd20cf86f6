"""Denials carried by a negative quantifier on the subject (extractor ``quantified_denials.v1``).

"No employee was charged a placement fee", "the firm said none of its own staff had handed over their papers":
a subject that is a worker noun under "no", "none of" or "not a single" denies the abuse its predicate tells of, and
so does an employer's (``holders``: "none of the 30 farms it inspected had held passports") before a verb of doing it
(``holders_doing``: held, charged, locked ...), and (s388) papers or fees under the quantifier in the passive of a
verb of taking them (``things`` and ``things_taken``: "No identity card is ever kept by the agency").
The claim is negated when every cue of the sentence lies in that predicate. A predicate that tells of the abuse
itself ("no worker could leave", "none of them received their wages") stays affirmed (``keeps_abuse`` under
``quantified_denials`` in ``knowledge/indicators.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["EXTRACTOR", "quantified_denial"]

EXTRACTOR = "quantified_denials.v1"
# where the quantified subject may open: the sentence's start, perhaps after a speaker's label in a transcript or a
# record of evidence ("Jo Hart: No worker on our books is charged a fee", s391), or after a verb of saying or finding,
# (s49) perhaps with the quoted words opening there ('the office said that "no worker we placed was ever ...')
_OPENING = r"(?:^\W*|^[A-Z][^:\n]{0,50}:\s+|\b(?:that|said|says|say|and|found|confirmed)\s+[\"\u201c\u2018']?)"


def _alternation(terms: list[str]) -> str:
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = knowledge.load("indicators.yaml")
    table = data.get("quantified_denials") or {}
    quantifiers = [str(q) for q in table.get("quantifiers") or []]
    keeps = [str(k) for k in table.get("keeps_abuse") or []]
    people = [str(p) for p in data.get("worker_people") or []] + [str(p) for p in table.get("minors") or []]
    if not quantifiers or not people:
        return None
    subject = re.compile(
        rf"{_OPENING}(?:{_alternation(quantifiers)})\s+"
        rf"(?:[\w'-]+\s+){{0,2}}?(?:{_alternation(people)})\b(?:\s+(?:on|at|in|of)\s+(?:the|its|their|our)\s+[\w-]+)?\s+",
        re.IGNORECASE)
    keep = re.compile(rf"(?:{_alternation(keeps)})\b" if keeps else r"(?!)", re.IGNORECASE)
    holders = [str(h) for h in table.get("holders") or []]
    doings = [str(d) for d in table.get("holders_doing") or []]
    if holders and doings:  # "none of the 30 farms it inspected had held passports": the holders did not do it
        subject = re.compile(subject.pattern + "|" + rf"{_OPENING}"
                             rf"(?:{_alternation(quantifiers)})\s+(?:[\w'-]+\s+){{0,2}}?(?:{_alternation(holders)})\b"
                             rf"(?:\s+[\w'-]+){{0,6}}?\s+(?=(?:had\s+|has\s+|have\s+)?(?:ever\s+)?(?:{_alternation(doings)})\b)",
                             re.IGNORECASE)
    return subject, keep


@lru_cache(maxsize=1)
def _things() -> re.Pattern[str]:
    """(s388) The papers or the fees under the quantifier before the passive of a verb of taking them."""
    table = knowledge.load("indicators.yaml").get("quantified_denials") or {}
    quantifiers = [str(q) for q in table.get("quantifiers") or []]
    things = [str(t) for t in table.get("things") or []]
    taken = [str(t) for t in table.get("things_taken") or []]
    if not quantifiers or not things or not taken:
        return re.compile(r"(?!)")
    return re.compile(rf"{_OPENING}(?:{_alternation(quantifiers)})\s+"
                      rf"(?:{_alternation(things)})\b(?:\s+of\s+(?:any|a|the|its|their|our)\s+[\w'-]+)?\s+(?:is|was|are|"
                      rf"were|has\s+been|have\s+been|had\s+been)\s+(?:ever\s+)?(?:{_alternation(taken)})\b", re.IGNORECASE)


def quantified_denial(text: str, hit_starts: list[int]) -> bool:
    """Does a negative quantifier on a worker subject deny what the sentence ``text`` tells? ``hit_starts`` are the
    offsets of its indicator cues in ``text``: all must lie after the subject."""
    pats = _patterns()
    if pats is None or not hit_starts:
        return False
    subject, keep = pats
    for m in _things().finditer(text):  # "No identity card is ever kept by the agency": every cue from the papers on
        if all(start >= m.start() for start in hit_starts):
            return True
    for m in subject.finditer(text):
        if keep.match(text, m.end()):
            continue
        if all(start >= m.end() for start in hit_starts):
            return True
    return False
