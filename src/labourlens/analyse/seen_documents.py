"""Papers the page saw, as the long subject of what they show, for
:func:`labourlens.analyse.source_refs.people_mention`: "Pay slips for March issued to nine welders at a shipyard
near Vyborg, seen by this newspaper, show deductions of half the pay." (or ", quoted in the ruling,") The subject may run long before the
", seen by X," aside; the papers speak (``document``), worded by the subject cut before its "for"/"issued"
clause ("Pay slips"). A subject the classifier does not read as a document keeps the other rules ("Workers,
seen by our reporter, show ..." is no paper). Examples are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["read_document", "seen_document"]

_SEEN = re.compile(
    r"^(?P<np>(?:(?:The|These|Those|Two|Three|Several|Some)\s+)?[A-Z]?[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"(?P<rest>\s+(?:for|from|issued|given|signed|sent|dated|covering|of|to)\b[^,;:\"\u201c]{2,200})?"
    r",\s+(?:(?:seen|obtained|reviewed|examined|verified)\s+by|(?:quoted|cited|reproduced|excerpted)\s+(?:by|in))\s+"
    r"[^,;:\"\u201c]{2,60},\s+"
    r"(?:show|showed|shows|reveal|revealed|list|listed|record|recorded|indicate|indicated|suggest|suggested)\b")


_ASIDE = re.compile(r", (?:(?:seen|obtained|reviewed|examined|verified) by|(?:quoted|cited|reproduced|excerpted) (?:by|in)) ")


def seen_document(sentence_text: str) -> Mention | None:
    """The papers named as the subject before ", seen by X, show ..." (see the module doc), or None."""
    if not _ASIDE.search(sentence_text):
        return None
    m = _SEEN.match(sentence_text)
    if m is None or m.group("rest") is None or classify(m.group("np")) != "document":
        return None  # (without a long clause, the usual shapes already read "Payslips seen by X show")
    return Mention(m.group("np"), m.start("np"), m.end("np"), "show", False)


# what a body says it has read, then what the papers say: "The ministry has been made aware of reports, including a
# new ILO study, that ...", "Its inspectors have seen UN reports that ...": the papers speak, the one named inside
# "including" when there is one (the reader only passes them on)
_READ = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|has\s+been|have\s+been|had\s+been)\s+(?:made\s+)?aware\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reports|reporting|findings|research),\s+including\s+(?P<inc>[^,;:\"\u201c]{3,100}),|(?:has|have|had)\s+(?:also\s+)?"
    r"seen\s+(?P<np>(?-i:NGO|UN|ILO)\s+(?:reports?|reporting|findings|research)))\s+that\s", re.IGNORECASE)


def read_document(sentence_text: str) -> Mention | None:
    """The papers a body says it is aware of or has seen, before "that" and what they say (see ``_READ``), or None."""
    if " that " not in sentence_text:
        return None
    m = _READ.search(sentence_text)
    if m is None:
        return None
    group = "inc" if m.group("inc") else "np"  # (a body's own "reports" it has seen or received stay its words)
    if classify(m.group(group)) != "document":
        return None
    return Mention(m.group(group), m.start(group), m.end(group), "reported", False)
