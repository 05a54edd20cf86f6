"""Rebuttals by the accused party that the lexicon reads as the practice they answer (the gold conventions: "company
rebuttals that something ... is consensual count as negations and carry no indicators"):

- consent: "the passports are held only with the workers' written consent", "every deduction was authorised by the
  employees in writing", "kept at the workers' own request";
- nothing owed: "no wages are outstanding", "no salaries remain unpaid";
- the party's own people hold nothing: "our members do not keep crew papers", "its managers do not hold any passports".

Only a claim whose speaker is a company or a state body (``organization``, ``official``) is read so: a worker's
"they keep our passports with our consent, they say" stays as it is, and so does "without consent". A promise to
pay back recruitment fees ("it would reimburse the recruitment fees of 900 workers") is a remedy the party offers,
no evidence of debt bondage by itself; its ``debt_bondage`` hit is dropped whoever speaks, after the word model
(:func:`drop_refund_debts`). Called from :mod:`labourlens.analyse.claims` after
:func:`labourlens.analyse.compliance_claims.mark_compliance`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.exculpatory_claims import mark_exculpatory
from labourlens.model import Claim, Source

__all__ = ["drop_refund_debts", "mark"]

_PARTIES = frozenset({"organization", "official"})
_WORKERS = r"(?:the\s+)?(?:workers|employees|staff|crew(?:\s+members)?|migrants|labou?rers|their\s+owners|them)"
_CONSENT = re.compile(
    rf"\b(?:only\s+)?(?:with|upon|on)\s+(?:the\s+)?(?:{_WORKERS}['\u2019]\s*|their\s+|each\s+worker['\u2019]s\s+)"
    r"(?:own\s+)?(?:(?:prior|written|express|explicit|signed|full|voluntary)\s+)*(?:consent|agreement)\b"
    rf"|\b(?:had\s+been|have\s+been|has\s+been|were|was|are|is)\s+(?:(?:all|each|individually)\s+)?authori[sz]ed\s+by\s+{_WORKERS}"
    r"|\bat\s+(?:the\s+)?(?:workers['\u2019]|employees['\u2019]|their)\s+(?:own\s+)?request\b",
    re.IGNORECASE)
_NOT_OWED = re.compile(
    r"\bno\s+(?:wages|pay|salar(?:y|ies)|arrears|money)\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?"
    r"(?:outstanding|owed|owing|due|unpaid|in\s+arrears)\b", re.IGNORECASE)
_OWN_PEOPLE_HOLD_NONE = re.compile(
    r"\b(?:we|it|its\s+(?:members|staff|managers|supervisors|employees)|our\s+(?:members|staff|managers|supervisors))\s+"
    r"[\"\u201c]?(?:do|does|did)\s+not\s+(?:hold|keep|retain|take|confiscate|withhold)\b", re.IGNORECASE)
_WITHOUT = re.compile(r"\bwithout\s+(?:\w+\s+){0,3}?(?:consent|agreement)\b", re.IGNORECASE)
_REIMBURSE = re.compile(
    r"\b(?:would|will|agreed\s+to|pledged\s+to|plans?\s+to|promised\s+to|offered\s+to|committed\s+to|is\s+to|was\s+to)\s+"
    r"(?:\w+\s+){0,7}?(?:reimburse|refund|repay|pay\s+back)\s+(?:\w+\s+){0,4}?recruitment\s+(?:fees|costs)\b", re.IGNORECASE)
_CUES = ("consent", "agreement", "authori", "request", "outstanding", "owed", "owing", "due", "unpaid",
         "arrears", " not ")


def _rebuttal(text: str) -> bool:
    if _CONSENT.search(text) and not _WITHOUT.search(text):
        return True
    return bool(_NOT_OWED.search(text) or _OWN_PEOPLE_HOLD_NONE.search(text))


def drop_refund_debts(claims: list[Claim]) -> None:
    """Drop debt bondage (the lexicon's or the word model's) from a promise to pay recruitment fees back."""
    for c in claims:
        if c.indicators and "recruitment" in c.text.lower() and _REIMBURSE.search(c.text):
            c.indicators = [h for h in c.indicators if h.indicator != "debt_bondage"]


def mark(claims: list[Claim], sources: list[Source]) -> None:
    """Negate the accused party's rebuttals and drop their indicators."""
    kinds = {s.key: s.kind for s in sources}
    mark_exculpatory(claims, sources)  # (s344) excuses of the workers' own wish, remedies, findings of no abuse
    for c in claims:
        low = c.text.lower()
        if c.polarity != "affirmed" or c.future or kinds.get(c.source) not in _PARTIES:
            continue
        if any(w in low for w in _CUES) and _rebuttal(c.text):
            c.polarity = "negated"
            c.indicators = []
