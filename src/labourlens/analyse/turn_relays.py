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


# (s41) "PAVEL: One welder, whom I will name Tomas, sorts scrap. He said the guards took the passports.": the
# pronoun that opens a saying in a reporter's turn is the person the same turn has just named, not a speaker of an
# earlier turn (the host's turn before it)
_PRONOUN_SAYS = re.compile(r"^\W{0,3}(?:He|She)\s+(?:also\s+)?(?:said|says|told\s+(?:me|us)|tells\s+(?:me|us))\b")
_WORD = re.compile(r"[A-Z][\w'\u2019-]{2,}")


def _last_word(text: str, word: str) -> int:
    """The offset of the last whole-word ``word`` in ``text``, or -1."""
    at = text.rfind(word)
    while at >= 0 and (at > 0 and (text[at - 1].isalnum()) or text[at + len(word):at + len(word) + 1].isalnum()):
        at = text.rfind(word, 0, at)
    return at


def named_in_turn(text: str, starts: list[tuple[int, int, str | None]], result: list[Any], sources: Any) -> None:
    """Give "He said ..." in a labelled turn to the person named earlier in the turn (in place). ``starts`` holds, per
    sentence, (its offset, its paragraph's offset, the speaker of the turn it is in, or None)."""
    named = [(s.key, s.wording.split()[0]) for s in sources if s.kind == "named_person" and s.wording
             and _WORD.fullmatch(s.wording.split()[0])]
    if not named:
        return
    for i, (start, para, turn) in enumerate(starts):
        a = result[i]
        if turn is None or para == start or a.source == turn or not _PRONOUN_SAYS.match(text[start:start + 40]):
            continue
        before = text[para:start]
        best: tuple[int, str] | None = None
        for key, word in named:
            if key in (turn, a.source):
                continue
            at = _last_word(before, word)
            if at > 0 and (best is None or at > best[0]):
                best = (at, key)
        if best is not None:
            result[i] = replace(a, source=best[1], cue="said", direct=False)
