"""An account that points back at the people whose accounts the text just named (used by
:mod:`labourlens.analyse.witness_refs`): "Fishermen who left the fleet have described beatings at sea. In one
such account, a deckhand ..." or "According to one of these testimonies, ...": the fishermen, not a new source.
"Their testimony" is left to the rules that find who "they" are."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention
from labourlens.model import Source

__all__ = ["such_account"]

_SUCH = re.compile(
    r"^(?:(?:one|another|each|a\s+further)\s+(?:such|of\s+(?:these|those))\s+|(?:such|these|those)\s+)"
    r"(?:accounts?|testimon(?:y|ies)|stories|story|statements?|interviews?)$", re.IGNORECASE)
_TELLERS = frozenset({"anonymous_source", "named_person", "organization", "document"})


def such_account(m: Mention, sources: list[Source]) -> Mention | None:
    """``m`` worded as the source heard last (``sources``, most recent first) when ``m`` is one of the accounts
    just told about; None otherwise."""
    if not sources or _SUCH.match(m.wording.strip()) is None:
        return None
    last = sources[0]
    if last.kind not in _TELLERS or not last.wording:
        return None
    return Mention(last.wording, m.start, m.end, m.cue, m.direct, m.relay)
