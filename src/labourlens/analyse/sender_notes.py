"""Logs of received messages whose entries each open on a header line naming the sender, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

A helpline or a caseworker pastes the messages it received one under another, each under a numbered header that ends
on who sent it: "Msg 3 | 2 May, 09:14 | sender: a cook at a hostel outside Perm", "Entry 4 - from: the same caller",
"Message 6 (11 Oct) - sent by: the cook's sister"; or that names the sender in brackets after the date, by a name
given in quotation marks or by how the page words them: 'Voice note 2 (3 May, from "Ama", 24)', 'Message 3 (9 May, a
second driver, who gives his name as "Kojo")', "Recording 4 (11 May, a cook, unnamed)". The message below the header
(in quotation marks, in the sender's first person) is the sender's, not the page's: the sender as the header words
them, an ``anonymous_source`` unless the wording is a name. "same sender" goes back to the sender of the entry
before; "the first cook" to the first sender whose wording holds that noun. What the sender tells someone else said
("The boss said we owe him") stays the sender's account when it speaks of the sender in the first person; a sentence
with a speaker of its own and no first person ("The manager said nobody is kept there") keeps that speaker. Such a
header line is a paragraph of its own (:func:`sender_header`, for :mod:`labourlens.analyse.sentences`). Examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["EXTRACTOR", "sender_header", "sender_notes"]

EXTRACTOR = "sender_notes.v1"

_SEP = r"(?:\s[\u2014\u2013|-]\s?|[,;(]\s?|\s\|)"
# "Entry 4 - 9 May, 6:15 pm - sender: a cook's wife", "Msg 2 | same sender", "#7, from: an anonymous driver"
_HEADER = re.compile(
    r"^(?:[A-Z][A-Za-z]{1,12}\.?\s*)?(?:No\.?\s*|#\s*)?\d{1,4}\b[^\n\"\u201c]{0,70}?" + _SEP + r"\s*"
    r"(?:(?i:sender|sent\s+by|from|caller)\s*:\s*(?P<who>[^\n\"\u201c:]{3,120}?)|"
    r"(?P<same>(?i:(?:the\s+)?same\s+(?:sender|caller|number|person))))\s*\)?\s*$")
# (s326) a numbered message's header with the sender in brackets after the date: 'Voice note 2 (3 May, from "Ama", 24)',
# 'Message 3 (9 May, a second driver, who gives his name as "Kojo")', "Recording 4 (11 May, a cook, unnamed)"
_PAREN_HEADER = re.compile(
    r"^(?:(?:WhatsApp|Telegram|Signal|Viber|Voice|Audio|Text)\s+)?(?i:messages?|msg|voice\s+notes?|notes?|recordings?|"
    r"clips?|entry|entries)\s*(?:No\.?\s*|#\s*)?\d{1,3}\s*\((?P<inner>[^()\n]{3,120})\)\s*:?\s*$")
# the name the bracket gives the sender: 'from "Ama"', 'who gives his name as "Kojo"', "calls herself Efua"
_PAREN_NAME = re.compile(
    r"\b(?:from|(?:who\s+)?(?:gives|gave)\s+(?:his|her|their)\s+name\s+as|(?:who\s+)?(?:calls|called)\s+(?:himself|herself)|"
    r"named)\s+[\"\u201c](?P<n>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)[\"\u201d]")
# the sender as the bracket words them: "a second driver", "from a cook in Tema" (not the date, an age, "unnamed")
_PAREN_WHO = re.compile(r"^(?:from\s+)?(?P<w>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+[a-z][\w'\u2019 -]{1,60})$")
# the sender's wording without a place or a note in brackets: "a cook, in Perm" -> "a cook"
_TAIL = re.compile(r"\s*(?:\(|,\s).*$")
_PAREN_ANY = re.compile(r"^(?:[A-Z][a-z]+\s+)?(?i:messages?|msg|notes?|recordings?|clips?|entry|entries)\s*"
                        r"(?:No\.?\s*|#\s*)?\d{1,3}\s*\(", re.MULTILINE)
_ORDINAL = re.compile(r"^the\s+(first|second|third)\s+(?:[a-z-]+\s+)?([a-z-]+)$", re.IGNORECASE)
_ORDINALS = ("first", "second", "third")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|me|my|My|we|We|us|our|Our)\b")
_QUOTE_OPEN = ("\"", "\u201c", "'", "\u2018")


def _paren_sender(line: str) -> tuple[str, bool] | None:
    """The sender a bracketed header names and whether by a name ('Message 1 (2 May, from "Ama")' -> Ama)."""
    m = _PAREN_HEADER.match(line)
    if m is None:
        return None
    inner = m.group("inner")
    if (n := _PAREN_NAME.search(inner)) is not None:
        return n.group("n"), True
    for part in inner.split(","):
        if (w := _PAREN_WHO.match(part.strip())) is not None:
            return w.group("w").strip(), False
    return None


def _header(line: str) -> tuple[str | None, bool, bool] | None:
    """A header line's sender wording, whether it says "same sender", and whether the wording is a given name."""
    if (m := _HEADER.match(line)) is not None:
        return m.group("who"), bool(m.group("same")), False
    if (p := _paren_sender(line)) is not None:
        return p[0], False, p[1]
    return None


def sender_header(line: str) -> bool:
    """True for a log entry's header line that ends on its sender ("Note 2 | 3 May | sender: a driver")."""
    return len(line) < 200 and _header(line.strip()) is not None


def _blocks(sentences: Sequence[Sentence]) -> list[tuple[int, tuple[str | None, bool, bool], list[int]]]:
    """Each header (its sentence index and match) with the sentence indices of the message below it."""
    out: list[tuple[int, tuple[str | None, bool, bool], list[int]]] = []
    i = 0
    while i < len(sentences):
        m = _header(sentences[i].text.strip())
        if m is None:
            i += 1
            continue
        block: list[int] = []
        k = i + 1
        para = None
        while k < len(sentences) and _header(sentences[k].text.strip()) is None:
            s = sentences[k]
            if s.paragraph != para:
                # the message's own paragraph, then only paragraphs that go on quoting
                if para is not None and not s.text.startswith(_QUOTE_OPEN):
                    break
                para = s.paragraph
            if s.kind == "body":
                block.append(k)
            k += 1
        out.append((i, m, block))
        i = k
    return out


def sender_notes(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the messages under a log's sender headers to their senders (in place; see the module docstring)."""
    from labourlens.analyse.mentions import find_mention  # (here: the sentence splitter imports this module)

    low = text.lower()
    if "sender" not in low and "sent by" not in low and "from:" not in low and "caller" not in low \
            and _PAREN_ANY.search(text) is None:
        return  # speed: nearly every document has no such header
    blocks = _blocks(sentences)
    if len(blocks) < 2:
        return  # one header line is no log
    senders: list[tuple[str, str]] = []  # (key, wording) of each sender, in order
    last: str | None = None
    for i, m, block in blocks:
        key: str | None = None
        if m[1]:
            key = last
        else:
            who = _TAIL.sub("", m[0] or "").strip()
            ordinal = _ORDINAL.match(who)
            if ordinal is not None:  # "the first herder": the first sender worded with that noun
                noun = ordinal.group(2).lower().rstrip("s")
                same = [k for k, w in senders if noun in w.lower()]
                same = list(dict.fromkeys(same))
                n = _ORDINALS.index(ordinal.group(1).lower())
                key = same[n] if n < len(same) else None
            if key is None and who:
                kind = "named_person" if m[2] else classify(who)
                if kind is None or kind in ("outlet", "document"):
                    continue
                start = sentences[i].text.find(who)
                src = reg.resolve(Mention(who, start, start + len(who), "wrote"), sentences[i].start, "")
                if kind != "named_person":
                    src.kind = kind  # (the header's wording decides, not an earlier mention's)
                key = src.key
                senders.append((key, who))
        last = key
        if key is None:
            continue
        inner: str | None = None  # someone the sender quotes in a sentence of its own
        for k in block:
            att, said = result[k], sentences[k].text
            if _FIRST_PERSON.search(said) is None:
                q = find_mention(said.strip("\"\u201c\u201d' "))
                if q is not None and q.wording.lower() not in ("he", "she", "they", "it") and classify(q.wording):
                    inner = reg.resolve(q, sentences[k].start, "").key
                    result[k] = replace(att, source=inner, cue=q.cue, direct=True, explicit=True, span=None)
                    continue
                if q is not None and inner is not None and q.wording.lower() in ("he", "she"):
                    result[k] = replace(att, source=inner, cue=q.cue, direct=True, explicit=True, span=None)
                    continue
            if att.source == OUTLET_KEY or not att.explicit or _FIRST_PERSON.search(said):
                result[k] = replace(att, source=key, cue="wrote", direct=True, explicit=False, span=None)
