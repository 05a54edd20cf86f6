"""A message someone shared, quoted after "It reads, in part:" ("His sister shared the text message with us. It
reads in part:" and then a quoted paragraph "Please help me, they took my passport ..."): the quoted paragraph is
the message's words, not those of the relative who shared it, so its sentences speak as the message (a
``document``; who wrote it is for the reader to tell). "The letter reads:" names its message itself. Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["message_reads"]

_NOUN = r"(?:message|letter|note|text|email|e-mail|sms|voice\s+note)"
# "It reads in part:", "The message reads:", "Her letter read, in full:"
_LEAD = re.compile(rf"^\s*(?:It|(?:The|His|Her|Their)\s+(?:[\w-]+\s+)?(?P<own>{_NOUN}))\s+(?:reads|read|says|said)"
                   r"(?:,?\s+in\s+(?:part|full),?)?\s*:\s*$", re.IGNORECASE)
# the message named in the sentence before "It reads:": "shared the message", "sent a WhatsApp message"
_BEFORE = re.compile(rf"\b(?:the|a|an|his|her|their|this|that)\s+(?P<np>(?:(?:WhatsApp|text|voice|last|goodbye|"
                     rf"handwritten|Facebook|short|final|written)\s+){{0,2}}{_NOUN})\b", re.IGNORECASE)


def message_reads(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the quoted paragraph after "It reads in part:" to the message it quotes (in place)."""
    for i, s in enumerate(sentences):
        if i + 1 >= len(sentences) or "read" not in s.text and "said" not in s.text and "says" not in s.text:
            continue
        lead = _LEAD.match(s.text)
        if lead is None:
            continue
        if lead.group("own"):
            np = lead.group("own")
        else:
            named = list(_BEFORE.finditer(sentences[i - 1].text)) if i > 0 and sentences[i - 1].paragraph == s.paragraph else []
            if not named:
                continue
            np = named[-1].group("np")
        quote = sentences[i + 1].quote
        if quote is None or sentences[i + 1].paragraph == s.paragraph:
            continue  # only a quoted paragraph of its own under the lead-in
        src = reg.resolve(Mention("the " + " ".join(np.split()), s.start, s.start, "said", False), s.start,
                          text[max(0, s.start - 600):s.start])
        j = i + 1
        while j < len(sentences) and sentences[j].quote == quote:
            result[j] = replace(result[j], source=src.key, cue="said", direct=True, explicit=True, span=None)
            j += 1
