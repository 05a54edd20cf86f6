"""A "speaker" phrase that is a clause: "Its layout resembles that of worker camps the project has documented in
Amur oblast, where ...". The finder reads the words before "documented" as its subject, but they hold a finite
verb of comparison of their own ("resembles", "looks like", "is similar to"): the reporting verb sits in a relative clause ("camps [that]
the project has documented"), and the sentence is the page's description, not a report. Such a phrase names no
speaker. A verb after "who", "which" or "that" belongs to a relative clause inside a real noun phrase ("the man
who is in charge") and is left alone.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["clause_speaker"]

_LINKING_VERB = re.compile(r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:resembles|resembled|looks\s+like|looked\s+like|"
                           r"(?:is|are|was|were)\s+(?:similar|identical|comparable)\s+to|mirrors|mirrored)\s")


def clause_speaker(m: Mention | None) -> Mention | None:
    """None when ``m`` opens the sentence and its wording is a clause of its own (see the module doc), else ``m``."""
    if m is None or m.start > 3 or m.direct or _LINKING_VERB.search(m.wording) is None:
        return m
    return None
