"""A body or person cited after the speaker's own clause inside a transcript turn, for
:func:`labourlens.analyse.transcript_labels.continue_turns`: "OKAFOR: Mostly not. They sleep in the yard, and the
foremen say it is for their own good." The sentence is the turn speaker's account (what the speaker states, with
what others say about it as part of the argument), as :func:`labourlens.analyse.witness_turns.cited_in_turn`
reads it on the turn's first line. A sentence that opens with the other speaker ("The foremen say ...") keeps
them. Examples are invented."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

__all__ = ["own_clause_in_turn"]

# the speaker's own clause, a comma and a linking word, then the one cited: "They sleep in the yard, and "
_OWN_CLAUSE = re.compile(r"^[^,;:\"\u201c\u201d]{8,200},[ \t]+(?:and|so|but|yet|because|since)[ \t]+$")
# (s41) or what the one cited believes or fears: "She owes the shop more each week, and she fears she can never quit."
_SAY = re.compile(r"\b(?:say|says|said|claim|claims|insist|insists|believe|believes|think|thinks|fear|fears)\b")


def own_clause_in_turn(text: str, att: Any, turn: str) -> Any:
    """``att`` given to the ``turn`` speaker when its speaker phrase follows the speaker's own clause; unchanged
    otherwise."""
    span = att.span
    if att.source == turn or span is None or span[0] < 10 or ", " not in text[:span[0]] or _SAY.search(text, span[1]) is None:
        return att
    if _OWN_CLAUSE.match(text[:span[0]]) is None:
        return att
    return replace(att, source=turn, cue="said", direct=True)
