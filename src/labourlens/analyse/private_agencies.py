"""Private recruitment agencies by their names, for :func:`labourlens.analyse.speaker_kinds.kind_of`:

- a capitalised name that ends in "Agency" after a word of the trade that sends workers abroad ("Blue Harbour
  Recruitment Agency", "Greenway Foreign Employment Agency", "Tana Manpower Agency"): a firm, an ``organization``,
  though "Agency" alone reads as the state's ("the Federal Migration Agency"); a state word in the name ("National
  Employment Agency", "Public Employment Agency") leaves it to the other rules;
- "the agency" (or "the recruitment agency", "the agency in Manila that hired her") with a firm named in apposition,
  also where the name is followed by its town ("The agency, Kestrel Manpower Services in Quezon City"): the firm
  (other agencies, "the news agency, X", and names that are not firms' are left to the other rules).

The trade words are ``private_agency_words`` in ``knowledge/speaker_kinds.yaml``; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["private_agency_kind"]

_STATE = re.compile(r"\b(?:National|Federal|State|Public|Government|Governmental|Ministry|Municipal|Regional|Provincial|"
                    r"Republic|Royal|Bureau|Department|Administration|Authority)\b")
_NAMED_AGENCY = re.compile(r"^(?:(?i:the)\s+)?(?P<name>[A-Z][\w&'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w&'\u2019-]*)*?)\s+"
                           r"(?P<trade>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+Agency$")
# "The agency, X", "The recruitment agency in Manila that hired her, X", with the name's town after it
_AGENCY_THEN_NAME = re.compile(r"^(?i:the)\s+(?:(?P<kind>[A-Za-z-]+)\s+)?agency\b(?P<desc>[^,]{0,80}),\s+(?P<name>[A-Z][^,]{2,80}?)"
                               r"(?:\s+(?:in|of)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?$")


@lru_cache(maxsize=1)
def _trade_words() -> frozenset[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("private_agency_words", []) if str(w)[:1].isalpha() and len(str(w)) > 3)


def _named_private(text: str) -> bool:
    m = _NAMED_AGENCY.match(text.strip())
    if m is None or _STATE.search(text):
        return False
    trade = m.group("trade").lower()
    return trade in _trade_words() or trade.split()[-1] in _trade_words()


def private_agency_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``organization`` for a private agency named as above or a firm named after "the agency"; else None."""
    text = text.strip()
    if _named_private(text):
        return "organization"
    m = _AGENCY_THEN_NAME.match(text)
    if m is None:
        return None
    if m.group("kind") is not None and m.group("kind").lower() not in _trade_words():
        return None  # "the news agency, X", "the UN agency, X": not a recruiter's
    name = m.group("name").strip()
    return "organization" if _named_private(name) or classify(name) == "organization" else None
