"""Recorded messages a page transcribes under labels of their own, a pass of :mod:`labourlens.analyse.forum_posts`
(the last passes of the attribution).

A page that received a worker's voice notes sets each one under a bracketed label ("[Voice note 2, 4 May,
0:51]", "[Audio message 3]", "[WhatsApp voice message, 1 min 12 s]") and transcribes it in the sender's first
person. The sentences under the labels are the sender's, not the page's: the name the intro gives the sender
("asked to be called Dina", "whom we call Rosa") as a ``named_person``, or else the sender as the intro words them
("a cleaner in Doha sent four voice notes") as an ``anonymous_source``. As in a diary, what the sender tells others
said to her ("My boss said I must pay") stays her account. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.briefing_speakers import briefing_speakers
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["recorded_notes", "recordings"]

_RECORDING = r"(?:voice|audio|recorded)\s+(?:notes?|messages?|memos?|clips?|recordings?)"
# "[Voice note 4 | 3 Mar | 0:48]", "[Audio message 3]", "[WhatsApp voice message, 1 min 12 s]"
_LABEL = re.compile(rf"^\s*\[\s*(?:(?:WhatsApp|Telegram|Signal|Viber|Messenger)\s+)?(?i:{_RECORDING})\b[^\]\n]{{0,60}}\]\s*$"
                    # (s340) the marks a page sets around one recording it transcribes: "[Transcript begins]", "[End of
                    # recording]" (the gate below asks the page to name a recording)
                    r"|^\s*\[\s*(?i:(?:transcript|recording)\s+(?:begins|starts|ends|ended)|"
                    r"(?:start|beginning|end)\s+of\s+(?:the\s+)?(?:transcript|recording))\s*\]\s*$"
                    # (s44) a numbered label alone on its line, unbracketed, perhaps with the length in brackets after
                    # it: "VOICE NOTE 3 (1 min 20 s)", "Audio message 3 - 4 May"
                    rf"|^\s*(?:(?:WhatsApp|Telegram|Signal|Viber|Messenger)\s+)?(?i:{_RECORDING})\s+\d{{1,2}}"
                    r"(?:\s*\([^)\n]{0,40}\))?(?:\s*[|,:\u2014\u2013-]\s*[^\n.!?]{0,40})?\s*:?\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|\u2014{2,}|(?:\*\s){2,}\*)\s*$")
# the name the page gives the sender: "asked to be called Dina", "whom we call Rosa", "gave her name as Ana"
_CALLED = re.compile(
    r"\b(?:asked\s+(?:us\s+)?to\s+be\s+(?:called|named|identified\s+as)|asked\s+us\s+to\s+call\s+(?:her|him)|"
    r"whom\s+we\s+(?:call|are\s+calling|have\s+called)|we\s+(?:call|are\s+calling|have\s+called|will\s+call)\s+(?:her|him)|"
    r"(?:gave|gives)\s+(?:her|his)\s+name\s+as|"
    # (s340) "he wished only his given name, Juma, to appear" in the form "asked that only his given name, Juma, be used"
    r"(?:only\s+)?(?:her|his)\s+(?:first|given)\s+name,)\s+(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)")
# the sender as the intro words them: "a housemaid in Doha sent a series of voice notes"
_SENDER = re.compile(
    r"(?P<sp>\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+[^,.;:\"\u201c]{3,80}?)\s+(?:has\s+|had\s+)?(?:sent|recorded|left|shared)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:(?:WhatsApp|Telegram|Signal)\s+)?{_RECORDING}")
# a mark that opens a transcript ("[Transcript begins]", "[Start of recording]"): it runs to the mark that closes it
_BEGIN = re.compile(r"\b(?i:begins|starts|start|beginning)\b")
# a label that closes the transcript ("[Voice note ends]", "[End of recording]"): what follows is the page's again
_END = re.compile(r"\b(?i:ends|ended|end)\b")
# the sender naming themselves as the note opens: "This is Tomas, the welder from ...", "My name is Ana."
_SELF_NAMED = re.compile(r"\b(?:[Tt]his\s+is|[Mm]y\s+name\s+is|[Hh]ere\s+is)\s+"
                         r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)(?=\s*[,.;]|\s+(?:the|from|here|again)\b)")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|me|my|we|We|us|our|Our|My)\b")
# what a third person said, told by the sender ("He said it again on Monday"): still the sender's account
_PRONOUN_TAG = re.compile(r"^\W*(?:He|She|They)\s+(?:said|says|told|tells|keeps\s+saying|kept\s+saying)\b")
_I_ME = re.compile(r"\b(?:I|me|my|My|us)\b")  # (s44) "The agency told us the pay was ...": the sender's account


_OPENING = 3  # sentences at a note's opening in which the sender may name themselves


def _blocks(sentences: Sequence[Sentence]) -> tuple[int, list[int]] | None:
    """The index of the first label and the body sentences under the labels, or None."""
    first = None
    block: list[int] = []
    i = 0
    while i < len(sentences):
        if not _LABEL.match(sentences[i].text) or _END.search(sentences[i].text):
            i += 1
            continue
        if first is None:
            first = i
        if _BEGIN.search(sentences[i].text):  # (s340) a marked transcript runs to its end mark, pauses and all
            k = next((j for j in range(i + 1, len(sentences)) if _LABEL.match(sentences[j].text)), len(sentences))
            block.extend(j for j in range(i + 1, k) if sentences[j].kind == "body")
            i = k
            continue
        k = i + 1
        para_no = 0
        while k < len(sentences) and sentences[k].kind == "body" and not _RULE.match(sentences[k].text) and not (
                _LABEL.match(sentences[k].text)):
            para = [j for j in range(k, len(sentences)) if sentences[j].paragraph == sentences[k].paragraph]
            # the note's own paragraph; a later one only while it still speaks in the first person
            if para_no and not any(_FIRST_PERSON.search(sentences[j].text) for j in para):
                break
            block.extend(para)
            para_no += 1
            k = para[-1] + 1
        i = k
    return (first, block) if first is not None and block else None


def _sender(sentences: Sequence[Sentence], first: int, block: list[int]) -> tuple[Mention, Sentence, str] | None:
    """The sender the intro before the first label names (else the note's opening, where the sender names
    themselves), the sentence naming them and their kind."""
    for k in block[:_OPENING]:
        m = _SELF_NAMED.search(sentences[k].text)
        if m is not None:
            return Mention(m.group("name"), m.start("name"), m.end("name"), "wrote"), sentences[k], "named_person"
    intro = [s for s in sentences[max(0, first - 12):first] if s.kind == "body"]
    for s in intro:
        m = _CALLED.search(s.text)
        if m is not None:
            return Mention(m.group("name"), m.start("name"), m.end("name"), "wrote"), s, "named_person"
    for s in intro:
        m = _SENDER.search(s.text)
        if m is not None:
            return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "wrote"), s, "anonymous_source"
    return None


def recorded_notes(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences transcribed under recording labels to their sender (in place; see the module docstring)."""
    if "oice" not in text and "udio" not in text and "ecorded" not in text and "OICE" not in text and "UDIO" not in text:
        return  # speed: nearly every document has no such label
    found = _blocks(sentences)
    if found is None:
        return
    first, block = found
    sender = _sender(sentences, first, block)
    if sender is None:
        return
    m, where, kind = sender
    src = reg.resolve(m, where.start, "")
    src.kind = kind
    for k in block:
        if result[k].source == OUTLET_KEY or not result[k].explicit or _I_ME.search(sentences[k].text) or (
                _PRONOUN_TAG.match(sentences[k].text)):
            result[k] = replace(result[k], source=src.key, cue="wrote", direct=True, explicit=False, span=None)


def recordings(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Recorded words a page transcribes: voice notes under their labels (:func:`recorded_notes`), then a one-speaker
    briefing or speech under a header that names the speaker (:mod:`labourlens.analyse.briefing_speakers`)."""
    recorded_notes(text, sentences, result, reg)
    briefing_speakers(text, sentences, result, reg)
