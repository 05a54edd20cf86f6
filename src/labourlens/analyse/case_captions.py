"""The caption of a court case, which names the parties and says nothing about them ("Between: Faith Wanjiru and 11
others (Claimants) and Harbourline Agency Limited (Respondent)", "Parties: Seven drivers (the claimants) v. Kestrel
Transport LLC (the respondent)"): part of the document's frame, no claim. Used by
:func:`labourlens.analyse.claim_filters.frame_line`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["case_caption"]

_CAPTION = re.compile(r"^\W{0,2}(?:Between|Parties|In\s+the\s+matter\s+between)\s*:?\s+[^.]{3,200}?\((?:the\s+)?(?:claimants?|"
                      r"plaintiffs?|applicants?|petitioners?|complainants?)\)[^.]{0,20}?\s+(?:and|v\.?|vs\.?|versus)\s+"
                      r"[^()]{3,200}?\((?:the\s+)?(?:respondents?|defendants?)\)\W{0,3}$", re.IGNORECASE)


def case_caption(text: str) -> bool:
    """Is ``text`` a case's caption naming the parties?"""
    return "(" in text and text.lstrip()[:3].lower() in ("bet", "par", "in ") and _CAPTION.match(text) is not None
