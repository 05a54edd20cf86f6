"""Documents a body examined and what they showed, for :mod:`labourlens.analyse.attribution`.

"The Committee examined Wage Protection System records filed by the Ministry. These showed that no salary
transfer was recorded ... The records also showed that ...": the sentence that names the documents as what
was examined or reviewed quotes nobody, but it introduces them, so that a later "These showed" or
"The records showed" is theirs (``document``), not the outlet's nor an older document's. Examples here and in
the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.model import Source

__all__ = ["demonstrative_document", "examined_document"]

# a verb of examining, then the documents (up to four capitalised or lower-case modifiers and a document noun)
_EXAMINED = re.compile(
    r"\b(?:examined|reviewed|inspected|studied|analy[sz]ed|has\s+seen|have\s+seen|saw)\s+(?:the\s+)?"
    r"(?P<np>(?:[\w'\u2019-]+\s+){0,4}(?:records|payslips|pay\s+slips|payrolls?|ledgers?|invoices|contracts|"
    r"documents|timesheets|time\s+sheets|logbooks|receipts|bank\s+statements|transfer\s+records))\b")
# "These showed that ...", "They also show ...": the documents just named speak
_THESE_SHOW = re.compile(r"^\s*(?:These|Those|They)\s+(?:also\s+|further\s+)?(?:showed|show|indicated|indicate|"
                         r"recorded|record|revealed|reveal|confirmed|confirm)\s")


def examined_document(sentence_text: str) -> tuple[str, int] | None:
    """The documents a sentence names as examined or reviewed: ``(phrase, offset)``, or None."""
    m = _EXAMINED.search(sentence_text) if "ed " in sentence_text or "saw " in sentence_text else None
    return (m.group("np"), m.start("np")) if m is not None else None


def demonstrative_document(sentence_text: str, documents: list[Source]) -> Source | None:
    """The most recent of ``documents`` (the document sources met so far, oldest first) when the sentence opens
    with "These showed" / "They also show"; None otherwise."""
    if not documents or _THESE_SHOW.match(sentence_text) is None:
        return None
    return documents[-1]
