"""The body a page's first line names as its maker, in shapes the masthead and statement rules do not read, for
:mod:`labourlens.analyse.statement_issuers` (when no masthead, dateline or own-voice cue names an outlet):

- a statement headed by a government body that issues it: "STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS, REPUBLIC OF
  UGANDA" (the issuer, its country kept; only a ministry or department, ``issuer_heads``: a firm's own statement and a
  mission's release are left as they were, see :mod:`labourlens.analyse.statement_issuers`);
- a court's heading of a judgment or ruling: "IN THE EMPLOYMENT AND LABOUR RELATIONS COURT AT NAIROBI" (the court);
- a firm's letterhead: the company's name with its legal form on the first line ("KESTREL BUILD L.L.C.", "Harbour
  Foods Ltd"), the legal form dropped;
- a newsletter's or broadcaster's name before a description of itself: "GULF WORKPLACE BRIEF | weekly newsletter
  for HR teams", "Radio Kijiji FM (Kisumu) — 'Work Abroad' phone-in" (the name).

Names in capitals are given in title case ("Ministry of Foreign Affairs, Republic of Uganda"). Examples are
invented; the forms are in ``knowledge/legal_forms.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import legal_forms

__all__ = ["header_issuer", "title_case"]

_SMALL = frozenset("of for and the on in at to a an de du des".split())
_STATEMENT = re.compile(r"^(?:PRESS\s+)?(?:STATEMENT|RELEASE|COMMUNIQU[EÉ]|CLARIFICATION|NOTICE)\s+(?:ISSUED\s+)?(?:BY|FROM)"
                        r"\s+(?:THE\s+)?(?P<name>[A-Z][A-Z ,'&-]{6,120})$", re.IGNORECASE)
_COURT = re.compile(r"^IN\s+THE\s+(?P<name>[A-Z][A-Za-z ,'&-]{3,100}?(?:COURT|TRIBUNAL|Court|Tribunal)"
                    r"(?:\s+(?:OF|of)\s+(?!AT\b|IN\b)[A-Za-z]+(?:\s+(?!AT\b|IN\b)[A-Za-z]+)?)?)"
                    r"(?:\s+(?:AT|IN|at|in)\s+[A-Za-z ]{2,40})?\s*$")
_SELF_DESCRIBED = re.compile(r"^(?P<name>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){1,5})\s*(?:\([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)\s*)?"
                             r"(?:\||\u2014|\u2013|\s-\s)\s*(?P<rest>.{3,120})$")
# a description of the page after its maker's name: lower case, or the kind of page it is
_DESCRIPTION = re.compile(r"^(?:[a-z\"'\u201c]|(?i:weekly|daily|monthly|newsletter|bulletin|call-in|phone-in|"
                          r"programme|program|transcript|podcast)\b)")
# (s48) a heading that names the firm a letter is addressed to, not the one that wrote it: "OPEN LETTER TO KESTREL
# FOODS PTE LTD"
_ADDRESSED = re.compile(r"^(?:an?\s+)?(?:open\s+)?(?:letter|petition|appeal|complaint|submission|memorandum)\s+to\b",
                        re.IGNORECASE)
_MEDIA_NAME = re.compile(r"\b(?:FM|AM|Radio|TV|Television|Brief|Bulletin|Newsletter|Digest|Weekly|Daily|Post|Times|"
                         r"Herald|Tribune|Gazette|Courier|Standard|Star|Mirror|Ledger|Journal|Review|Monitor|News)\b",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def _legal_forms() -> re.Pattern[str]:
    alt = legal_forms.alternation()
    return re.compile(rf"^(?P<name>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){{0,4}}?)[,]?\s+(?-i:{alt})\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _issuer_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (knowledge.load("mastheads.yaml") or {}).get("issuer_heads") or ())


def title_case(name: str) -> str:
    """``name`` in title case when it is written in capitals ("MINISTRY OF LABOUR" -> "Ministry of Labour")."""
    if not name.isupper():
        return name
    words = name.split()
    return " ".join(w.lower() if i and w.lower().strip(",") in _SMALL else w.capitalize() for i, w in enumerate(words))


def header_issuer(text: str) -> tuple[str | None, str | None]:
    """(name, cue) of the body the page's first line names as its maker, or (None, None)."""
    first = next((ln.strip(" \t*#_") for ln in text[:400].splitlines() if ln.strip()), "")
    if len(first) < 6:
        return None, None
    if (m := _STATEMENT.match(first)) is not None and m.group("name").split()[0].lower() in _issuer_heads():
        return title_case(m.group("name").strip(" ,")), "issuer of a statement"
    if first[:3].upper() == "IN " and (m := _COURT.match(first)) is not None:
        return title_case(m.group("name").strip()), "court of a judgment"
    if (m := _legal_forms().match(first)) is not None and not _ADDRESSED.match(first):
        return title_case(m.group("name").strip()), "letterhead"
    m = _SELF_DESCRIBED.match(first)
    if m is not None and _DESCRIPTION.match(m.group("rest")) and _MEDIA_NAME.search(m.group("name")):
        return title_case(m.group("name").strip()), "masthead"
    return None, None
