"""Two readings of "report" in a report page (a pass of :mod:`labourlens.analyse.forum_posts`).

- "The report said ..." right after "The regional weekly Amur Vestnik reported that ...": the report is that outlet's,
  so the outlet speaks, not a document met earlier.
- "evidence collected for this report indicates ...", "research for this chapter shows ...": the page's own evidence is
  the page speaking (its voice, ``OUTLET``), not a document of its own.

Examples are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.source_merges import to_page_voice
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["page_reports"]

_THE_REPORT = re.compile(r"^\W{0,3}(?:The|That|Its)\s+(?:report|article|story|piece)\s+(?:also\s+)?"
                         r"(?:said|says|added|adds|noted|notes|stated|states)\b")
_REPORTED = re.compile(r"\breported\b")
# the page's own evidence: "evidence collected for this report", "research for this chapter", "our research"
_OWN_EVIDENCE = re.compile(
    r"^(?:the\s+)?(?:evidence|research|information|interviews|material|data|fieldwork)\b[^,]{0,40}?\b(?:for|in|by)\s+"
    r"this\s+(?:report|chapter|study|paper|briefing|submission)$|^our\s+(?:own\s+)?(?:research|evidence|fieldwork|data)$",
    re.IGNORECASE)


def page_reports(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` without the page's own evidence (its sentences given to the page), with "The report said" after
    an outlet's report given to that outlet (``result`` rewritten in place)."""
    by_key = {s.key: s for s in sources}
    for i in range(1, len(sentences)):
        if not _THE_REPORT.match(sentences[i].text):
            continue
        prev = by_key.get(result[i - 1].source)
        if prev is not None and prev.kind == "outlet" and prev.key != OUTLET_KEY \
                and _REPORTED.search(sentences[i - 1].text) and result[i].source != prev.key:
            result[i] = replace(result[i], source=prev.key)
    own = {s.key for s in sources if s.kind == "document" and s.wording and _OWN_EVIDENCE.match(s.wording.strip())}
    return to_page_voice(sources, result, own)
