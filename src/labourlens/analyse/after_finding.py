"""A body that acted on what it found: "The regional labour inspectorate has fined a steel firm CZK 450,000 after
finding that nine welders supplied by an agency were North Korean citizens", "Police closed the camp after
establishing that the men had no papers". The finding is the body's (it is the source of the claim), as in
"the inspectorate found that ...". Only state bodies, organisations and documents as the subject."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["after_finding"]

_ACTED = re.compile(
    r"^\s*(?P<sp>(?:(?i:the|a|an)\s+)?(?-i:[A-Za-z])[^,;:\"\u201c\u201d]{1,70}?)\s+"
    r"(?:has\s+|have\s+|had\s+|on\s+\w+\s+|last\s+\w+\s+|this\s+\w+\s+)?(?:\w+ed|\w+ed\s+\w+|took|shut|sent|froze|"
    r"brought|began|set)\b[^\"\u201c\u201d]{0,160}?\b(?:after|having|upon|on)\s+"
    r"(?:finding|found|establishing|established|discovering|discovered|determining|determined|concluding|"
    r"confirming|learning)\s+that\b", re.IGNORECASE)
_BODIES = ("official", "organization", "document")


def after_finding(text: str) -> Mention | None:
    """The body that acted "after finding that ..." in ``text``, or None."""
    if " that " not in text:
        return None
    m = _ACTED.match(text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if not _plausible(sp) or classify(sp) not in _BODIES:
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "report", False)
