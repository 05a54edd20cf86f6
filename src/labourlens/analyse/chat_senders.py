"""The sender of a message pasted from a chat app's export (:mod:`labourlens.analyse.chat_exports`) speaks every
sentence of the message that nobody else is named for, whatever shape the label takes. A label is often no plain
name: "Voice note from Amina, sister of a man held in Sabha (transcribed):" is Amina's message; "A man in Gao
(forwarded by his cousin):" is that man's. And a sender who passes on what someone else says about the sender
("the boss says I owe him 300 dinars", "They say my brother must pay") speaks of the sender's own case: the sender
speaks. Senders whose label is the page's own name (the collecting group's notes) are left to the page. A pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution): the sender is resolved in the registry as
any mention is, so that "Amina" in a label is the Amina met before; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.chat_exports import chat_stamp_end
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["chat_senders"]

_LABEL = re.compile(r"^\s*(?P<label>[^:\n]{1,120}?):\s")
_BRACKETS = re.compile(r"\s*\([^()\n]*\)")
_LEAD = re.compile(r"^(?:(?:an?|the)\s+)?(?:voice\s+(?:note|message|memo|recording)|audio(?:\s+(?:note|message))?|"
                   r"(?:text\s+|video\s+)?message|video|recording)\s+(?:sent\s+)?(?:from|by)\s+", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:[Ii]|me|my|mine|we|us|our)\b")  # (typed messages: "i")
_PRONOUN = re.compile(r"(?:he|she|they|He|She|They)")
# (gaps42) a display name of a given name and a bare initial ("Nana P", "Kofi B"): a person, not an acronym's body
_NAME_INITIAL = re.compile(r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?\s+[A-Z]")
_THIRD = re.compile(r"^(?:the|a|an|his|her|their|my|our|they|he|she|some|two|three|several)\b", re.IGNORECASE)


def _sender(label: str) -> str | None:
    """The sender's wording in a message label, or None."""
    lab = _BRACKETS.sub("", label).strip()
    lead = _LEAD.match(lab)
    if lead is not None:
        lab = lab[lead.end():]
    lab = lab.split(",")[0].strip()  # "Amina, sister of a man held in Sabha": Amina
    if not lab or len(lab.split()) > 8:
        return None
    return lab


def _chat_paragraphs(text: str, sentences: Sequence[Sentence]) -> dict[int, str]:
    """paragraph -> sender wording, for the paragraphs that are chat messages."""
    out: dict[int, str] = {}
    for i, s in enumerate(sentences):
        if s.kind != "body" or (i > 0 and sentences[i - 1].paragraph == s.paragraph):
            continue
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.start)
        stamp = chat_stamp_end(text[line_start:line_end if line_end >= 0 else len(text)])
        if not stamp or line_start + stamp > s.start + 1:
            continue
        m = _LABEL.match(s.text)
        sender = _sender(m.group("label")) if m is not None else None
        if sender is not None:
            out[s.paragraph] = sender
    return out


def chat_senders(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give each chat message's unattributed sentences, and those where someone else is said to speak of the
    sender's own case, to the sender (``result``: the attribution of each sentence, changed in place)."""
    if "[" not in text and " - " not in text:
        return
    senders = _chat_paragraphs(text, sentences)
    if not senders:
        return
    page = {(reg.outlet or "").casefold(), (text.lstrip().split("\n", 1)[0].strip()).casefold()}
    keys = {s.key: s for s in reg.sources()}
    made: dict[str, str] = {}  # sender wording -> key, once resolved
    for i, s in enumerate(sentences):
        sender = senders.get(s.paragraph)
        if sender is None or s.kind != "body" or sender.casefold() in page:
            continue
        att = result[i]
        src = keys.get(att.source)
        if att.source == OUTLET_KEY:
            pass  # nobody named: the sender's
        elif not att.explicit or (att.span is not None and _PRONOUN.fullmatch(s.text[att.span[0]:att.span[1]])):
            pass  # (s352) a voice carried over from another message's label, or "he says" / "she says" of someone in
            # the sender's story ("my friend ... she says the owner keeps her card"): the sender's
        elif src is not None and src.kind in ("anonymous_source", "organization") and att.explicit and att.span is not None and (
                _THIRD.match(s.text[att.span[0]:att.span[1]]) and _FIRST_PERSON.search(s.text[att.span[1]:])
                and not _FIRST_PERSON.search(s.text[att.span[0]:att.span[1]])):
            pass  # "the boss claims I still owe ...": the sender's own case
        else:
            continue
        key = made.get(sender.casefold())
        if key is None:
            kind = "named_person" if _NAME_INITIAL.fullmatch(sender) else classify(sender)
            if kind not in (None, "named_person", "anonymous_source"):
                continue  # a body's notes in the thread: its own kind of voice, left as read
            kind = kind or ("named_person" if sender[:1].isupper() and len(sender.split()) <= 3 else "anonymous_source")
            first = next(x for x in sentences if x.paragraph == s.paragraph)
            start = max(first.text.find(sender), 0)
            known = {x.key for x in reg.sources()}
            target = reg.resolve(Mention(sender, start, start + len(sender), "said"), first.start, first.text)
            if target.key not in known:  # a new voice: the label's wording decides its kind
                target.kind = kind
                target.canonical = sender if kind == "named_person" else None
            key = made[sender.casefold()] = target.key
            keys[key] = target
        result[i] = replace(att, source=key, cue="said", direct=True, explicit=False, span=None)
