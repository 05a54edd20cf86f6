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

__all__ = ["seen_document"]

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
