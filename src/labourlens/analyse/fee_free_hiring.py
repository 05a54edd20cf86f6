"""A hiring notice's promise that recruits pay no fee ("Nurses do not pay a placement fee", "All placements
are free of agency fees", "no placement fee is charged"): the fee is named only to say there is none, so the sentence
gives the report no subject of forced labour (:func:`labourlens.analyse.context.forced_labour_context`). A turn
against the promise in the same sentence ("... no recruitment fee, but each paid $900 to a broker") keeps it.
Examples are invented."""

from __future__ import annotations

import re

__all__ = ["no_fee_promised"]

_FEE = r"(?:recruitment|placement|agency|hiring|visa|job)\s+(?:fees?|charges?|costs?)"
_NO_FEE = re.compile(
    rf"\b(?:(?:will|shall|do|does|need|must)\s+not\s+(?:have\s+to\s+)?(?:pay|be\s+charged)\s+(?:any|a|the)?\s*"
    rf"|(?:won['\u2019]t|don['\u2019]t|doesn['\u2019]t)\s+(?:have\s+to\s+)?(?:pay|be\s+charged)\s+(?:any|a|the)?\s*"
    rf"|\bno\s+|free\s+of\s+(?:any\s+)?|without\s+(?:paying\s+)?(?:any\s+)?|zero\s+)"
    rf"(?:[\w-]+\s+){{0,2}}?{_FEE}\b(?!\s+(?:back|off)\b)",
    re.IGNORECASE)
_TURN = re.compile(r"\b(?:but|yet|however|although|though|instead|despite)\b", re.IGNORECASE)


def no_fee_promised(sentence: str) -> bool:
    """Does ``sentence`` only say that no fee is, or will be, paid (with no turn against it)?"""
    low = sentence.lower()
    if "fee" not in low and "charge" not in low and "cost" not in low:
        return False  # (speed: read for every body sentence of every report)
    return _NO_FEE.search(sentence) is not None and _TURN.search(sentence) is None
