"""The authors of a report named by the report's own wording: "a report by sanctions monitors said ... The
monitors said ...". The people a document was introduced by ("a study by labour researchers", "a report from UN
investigators") are not met as speakers of their own: "the monitors" goes back to the report, which speaks
through them (one source, as "the report" again would be).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse.speakers import Mention
from labourlens.model import Source

__all__ = ["report_authors"]

_DEFINITE_PLURAL = re.compile(r"^(?:the|The)\s+(?P<head>[a-z][a-z-]{3,}s)$")
# "a report by sanctions monitors", "a study from UN investigators": the authors' noun ends the wording
_BY_AUTHORS = re.compile(r"\b(?P<doc>[a-z]{4,})\s+(?:by|from)\s+(?:[\w'-]+\s+){0,3}?(?P<head>[a-z][a-z-]{3,}s)\s*$")


def report_authors(m: Mention, sources: Sequence[Source]) -> Mention | None:
    """``m`` ("the monitors") worded as the document introduced as written by them ("the report"), when no other
    document of that kind was met since; None otherwise."""
    w = _DEFINITE_PLURAL.match(m.wording.strip())
    if w is None:
        return None
    docs = [source for source in sources if source.kind == "document"]
    for source in docs:
        by = _BY_AUTHORS.search(source.wording or "")
        # (not "information received by the experts", "a memo seen by the inspectors": read by them, not theirs)
        if by is not None and by.group("head") == w.group("head") and not by.group("doc").endswith(("ed", "en", "ing")):
            doc = by.group("doc")
            if any(doc in (other.wording or "").lower().split() for other in docs[:docs.index(source)]):
                return None  # another report met since: "the report" would not be this one
            return Mention(f"the {doc}", m.start, m.end, m.cue, m.direct, m.relay)  # the report again
    return None
