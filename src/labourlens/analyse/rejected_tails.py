"""A source's account followed by another party's rejection in apposition ("Three drivers said the depot kept their
licences, a claim the depot denies"; "..., two people who know the site said, an allegation the firm rejected on
Monday"): the account is the first source's and asserts what it tells; the tail only reports that someone else
denies it, so it neither names the speaker nor negates the claim (the annotators' reading on several wire sets).
Used by :mod:`labourlens.analyse.mentions` and the claims' polarity; examples are invented."""

from __future__ import annotations

import re

__all__ = ["blank_rejected_tail", "rejected_tail"]

# ", a claim the company denies", ", an allegation that the firm rejected on Tuesday", ", which the agency disputes"
_TAIL = re.compile(
    r"(?:,[\"\u201d]?|[\"\u201d],)\s+(?:(?:an?|the)\s+(?:claim|allegation|accusation|charge|account|assertion|version)\s+(?:that\s+|which\s+)?|which\s+)"
    r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?[^,.;:\"\u201c]{1,60}?\s+"
    r"(?:(?:has|have|had)\s+)?(?:strongly\s+|firmly\s+|flatly\s+)?"
    r"(?:denied|denies|deny|rejected|rejects|reject|disputed|disputes|dispute|contested|contests|refuted|refutes)\b"
    r"[^,;:\"\u201c]{0,40}[.!]?\s*$")
# a verb of saying in the account before the tail: the tail follows a source's words, not the page's own finding
_SAID = re.compile(r"\b(?:said|say|says|told|tell|tells|according\s+to|allege[sd]?|reported|claimed|claim)\b")


def rejected_tail(text: str) -> int | None:
    """Where a rejection in apposition after an attributed account begins in ``text``; None when there is none."""
    if "," not in text:
        return None
    m = _TAIL.search(text)
    if m is None or _SAID.search(text, 0, m.start()) is None:
        return None
    return m.start()


def blank_rejected_tail(text: str) -> str:
    """``text`` with a rejection in apposition after its attributed account blanked out (offsets kept), so that the
    account's own speaker is read at the sentence's end."""
    cut = rejected_tail(text)
    return text if cut is None else text[:cut] + "." + " " * (len(text) - cut - 1)
