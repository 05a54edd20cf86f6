"""People who speak inside a relative clause about a place, for :mod:`labourlens.analyse.source_refs`:

"... inspect a building site in Sihanoukville, where 47 workers from Guangxi say they have not been paid since
June": the workers speak the clause (``anonymous_source``), not the page; "Inspectors visited a camp where 30
men say they sleep in containers": the men, not "Inspectors visited a camp where 30 men". Only people ("47
workers", "dozens of cleaners") and only a report about themselves (the verb followed by "they", "their", "he",
"she", "we"): "where officials say the road will open" is left to the other rules. Names in the examples are
invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["where_clause_speaker"]

_WHERE_SAY = re.compile(
    r"\b(?:where|in\s+which|at\s+which)\s+(?P<np>[^,;:\"\u201c\u201d()]{3,80}?)\s+(?:(?:now|also|still)\s+)?"
    r"(?P<verb>say|says|said|claim|claims|claimed|allege|alleges|alleged|complain|complains|complained|report|reported)\s+"
    r"(?:that\s+)?(?=(?:they|their|he|his|she|her|we|our)\b)")


def where_clause_speaker(sentence_text: str) -> Mention | None:
    """The people who say something about themselves in a "where"-clause of the sentence, or None."""
    if "where" not in sentence_text and "which" not in sentence_text:
        return None
    m = _WHERE_SAY.search(sentence_text)
    if m is None or classify(m.group("np")) != "anonymous_source":
        return None
    return Mention(m.group("np"), m.start("np"), m.end("np"), "said", False)
