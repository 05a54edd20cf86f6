"""The caption of a court case, which names the parties and says nothing about them ("Between: Faith Wanjiru and 11
others (Claimants) and Harbourline Agency Limited (Respondent)", "Parties: Seven drivers (the claimants) v. Kestrel
Transport LLC (the respondent)"), and a court's listing of a case for the day, which names the parties, the claim
and the stage it has reached ("Court 2 (10.00 am): Mr K. Osei v Dalton Haulage Ltd - unlawful deduction from wages -
case management"): part of the document's frame, no claim. Used by
:func:`labourlens.analyse.claim_filters.frame_line`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["case_caption"]

_CAPTION = re.compile(r"^\W{0,2}(?:Between|Parties|In\s+the\s+matter\s+between)\s*:?\s+[^.]{3,200}?\((?:the\s+)?(?:claimants?|"
                      r"plaintiffs?|applicants?|petitioners?|complainants?)\)[^.]{0,20}?\s+(?:and|v\.?|vs\.?|versus)\s+"
                      r"[^()]{3,200}?\((?:the\s+)?(?:respondents?|defendants?)\)\W{0,3}$", re.IGNORECASE)


# "... Ms A v B Ltd - unpaid holiday pay - preliminary hearing.": parties, what is claimed, the stage of the hearing
_DASH = r"\s[-\u2013\u2014]\s"
_LISTING = re.compile(r"\sv\.?\s[^\n]{3,120}?" + _DASH + r"[^\n]{3,160}?" + _DASH + r"(?:the\s+)?(?:preliminary\s+hearing|"
                      r"full\s+hearing|final\s+hearing|case\s+management(?:\s+hearing)?|judgment|directions(?:\s+hearing)?|"
                      r"mention|remedy\s+hearing|trial|sentencing|adjourned|part[- ]heard|costs\s+hearing|hearing)\b"
                      r"[^.\n]{0,40}\.?\s*$", re.IGNORECASE)


# a bulletin's numbered case label, its place and sector in brackets: "Case 4 (Kazan, construction)."
_NUMBERED_CASE = re.compile(r"^\s*(?:Case|CASE|Item|Example|Story|Entry)\s+(?:No\.?\s*)?\d{1,3}[a-z]?\s*\([^()\n]{1,80}\)\s*[.:]?\s*$")


# a ruling's header: the court, the case number and the parties, "X v. Y", with the date of the decision, and no clause
# ("Regional Labour Court, 2nd Region · Case no. 123-45.2025 Prosecutor's Office v. A. Souza Decided 2 May 2026")
_RULING_HEADER = re.compile(r"^[^\n]{0,80}\bCourt\b[^\n]{0,120}?\bCase\s+(?:no\.?|number)\s*[\w./-]+\s+"
                            r"[^\n]{3,160}?\s(?:v\.?|vs\.?|versus)\s[^\n]{3,200}$")
_CLAUSE = re.compile(r"\b(?:said|says|told|found|held|ruled|ordered|alleged|argued|denied|testified|was|were|is|are|had|has)\b")


def case_caption(text: str) -> bool:
    """Is ``text`` a case's caption naming the parties, a court's listing of a case, a ruling's header or a bulletin's
    numbered case label?"""
    if " v" in text and _LISTING.search(text) is not None:
        return True
    if "(" in text and _NUMBERED_CASE.match(text) is not None:
        return True
    if "Case" in text and _RULING_HEADER.match(" ".join(text.split())) is not None and _CLAUSE.search(text) is None:
        return True
    return "(" in text and text.lstrip()[:3].lower() in ("bet", "par", "in ") and _CAPTION.match(text) is not None
