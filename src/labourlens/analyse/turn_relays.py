"""A caller who relays what a third person told her, for :func:`labourlens.analyse.transcript_labels.continue_turns`.

"CALLER 2 (Sunita, calling about her husband): My husband works in a camp in Dammam. He told me the supervisor
keeps the passports." The "He" of "He told me" is someone the caller speaks of in her own turn, not a speaker of
another labelled turn (a caller does not report what an earlier caller told her): the sentence is the caller's
relayed account. Only "he/she/they told me/us" is read so; a host's "He said ..." about the caller just heard
stays with that caller. (s384) So is a written message in a member's turn of a hearing ("SEN. ANA RUIZ: A constituent
showed me texts from her daughter on a trawler. She wrote that the skipper keeps ...", "The skipper, she wrote, keeps
..."): people on the floor speak, they do not write, so the writer is the one the member speaks of. Examples are
invented."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

__all__ = ["relayed_in_turn"]

_TOLD_ME = re.compile(r"^\W{0,3}(?:he|she|they)\s+(?:has\s+|had\s+)?(?:told|tells|wrote\s+to|messaged|texted)\s+(?:me|us)\b",
                      re.IGNORECASE)
# "He wrote that ...", "The captain, she wrote, ...": a message relayed, opening the sentence or set in it
_WROTE = re.compile(r"(?:^\W{0,3}|,\s+)(?:he|she)\s+(?:wrote|writes|had\s+written|has\s+written)\b(?!\s+(?:to|in)\s)",
                    re.IGNORECASE)


def relayed_in_turn(text: str, att: Any, turn: str, other_turns: set[str]) -> Any:
    """``att`` given to the ``turn`` speaker when ``text`` opens "He told me" and the pronoun was read as the speaker
    of another labelled turn (``other_turns``); ``att`` unchanged otherwise."""
    if att.source == turn or att.source not in other_turns or "told" not in text and "wrote" not in text \
            and "messaged" not in text and "texted" not in text:
        return att
    if _TOLD_ME.match(text) is None and _WROTE.search(text) is None:
        return att
    return replace(att, source=turn, cue="said", direct=True)
