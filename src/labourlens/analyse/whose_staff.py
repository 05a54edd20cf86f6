"""A body that speaks through its own staff: "a broadcast by state radio RNA, whose correspondent in Lobito said
...", "the Harbour Workers' Union, whose organisers reported ...", "the ministry, whose inspectors found ...".
The body is the source (a correspondent or organiser reporting for it is its voice, as "our correspondent" is
the page's own); the staff member unnamed adds nothing a reader could follow."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["whose_staff_mention"]

_WHOSE = re.compile(
    r"(?P<sp>[^,;:\"\u201c\u201d]{2,120}?),\s+whose\s+"
    r"(?:own\s+|local\s+|regional\s+|senior\s+|chief\s+)?(?:correspondents?|reporters?|journalists?|"
    r"spokes(?:man|woman|person|people)|representatives?|inspectors?|researchers?|monitors?|organi[sz]ers?|"
    r"investigators?|staff|officials?|lawyers?)\b[^,;:\"\u201c\u201d]{0,60}?\s+"
    r"(?P<verb>said|says|reported|reports|told|wrote|found|finds|documented|confirmed)\b", re.IGNORECASE)
_BODIES = ("outlet", "organization", "official")
# where the body's phrase may start inside the clause before ", whose" ("a broadcast by | state radio RNA")
_BEFORE_BODY = re.compile(r"\b(?:by|from|on|in|to|with|for|at|and|that|as|than|followed|cited|quoted)\s+", re.IGNORECASE)


def whose_staff_mention(text: str) -> Mention | None:
    """The body whose staff reports in ``text`` ("X, whose correspondent said ..."), or None."""
    if "whose" not in text:
        return None
    m = _WHOSE.search(text)
    if m is None:
        return None
    phrase, start = m.group("sp"), m.start("sp")
    for at in [0] + [b.end() for b in _BEFORE_BODY.finditer(phrase)]:
        sp = phrase[at:].strip()
        if sp and _plausible(sp) and classify(sp) in _BODIES:
            begin = start + at + (len(phrase[at:]) - len(phrase[at:].lstrip()))
            return Mention(sp, begin, begin + len(sp), "said", False)
    return None
