"""The sender of a message pasted from a chat app's export (:mod:`labourlens.analyse.chat_exports`) speaks every
sentence of the message that nobody else is named for, whatever shape the label takes. A label is often no plain
name: "Voice note from Amina, sister of a man held in Sabha (transcribed):" is Amina's message; "A man in Gao
(forwarded by his cousin):" is that man's. And a sender who passes on what someone else says about the sender
("the boss says I owe him 300 dinars", "They say my brother must pay") speaks of the sender's own case: the sender
speaks. Senders whose label is the page's own name (the collecting group's notes) are left to the page. Used by
:mod:`labourlens.analyse.claims` after attribution; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.chat_exports import chat_stamp_end
from labourlens.analyse.speakers import classify
from labourlens.model import Sentence, Source

__all__ = ["settle_chat_senders"]

_LABEL = re.compile(r"^\s*(?P<label>[^:\n]{1,120}?):\s")
_BRACKETS = re.compile(r"\s*\([^()\n]*\)")
_LEAD = re.compile(r"^(?:(?:an?|the)\s+)?(?:voice\s+(?:note|message|memo|recording)|audio(?:\s+(?:note|message))?|"
                   r"(?:text\s+|video\s+)?message|video|recording)\s+(?:sent\s+)?(?:from|by)\s+", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:[Ii]|me|my|mine|we|us|our)\b")  # (typed messages: "i")
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


def _chat_paragraphs(text: str, sentences: list[Sentence]) -> dict[int, str]:
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


def settle_chat_senders(text: str, sentences: list[Sentence], sources: list[Source], atts: list,
                        outlet_key: str, outlet: str | None) -> None:
    """Give each chat message's unattributed sentences, and those where someone else is said to speak of the
    sender's own case, to the sender (``atts``: the attribution of each sentence, changed in place; a source is added
    to ``sources`` when the sender is new)."""
    if "[" not in text and " - " not in text:
        return
    senders = _chat_paragraphs(text, sentences)
    if not senders:
        return
    page = {(outlet or "").casefold(), (text.lstrip().split("\n", 1)[0].strip()).casefold()}
    by_wording = {(s.wording or "").casefold(): s for s in sources}
    keys = {s.key: s for s in sources}
    for i, s in enumerate(sentences):
        sender = senders.get(s.paragraph)
        if sender is None or s.kind != "body" or sender.casefold() in page:
            continue
        att = atts[i]
        src = keys.get(att.source)
        if att.source == outlet_key:
            pass  # nobody named: the sender's
        elif src is not None and src.kind in ("anonymous_source", "organization") and att.explicit and att.span is not None and (
                _THIRD.match(s.text[att.span[0]:att.span[1]]) and _FIRST_PERSON.search(s.text[att.span[1]:])
                and not _FIRST_PERSON.search(s.text[att.span[0]:att.span[1]])):
            pass  # "the boss claims I still owe ...": the sender's own case
        else:
            continue
        target = by_wording.get(sender.casefold())
        if target is None:
            kind = classify(sender)
            if kind not in (None, "named_person", "anonymous_source"):
                continue  # a body's notes in the thread: its own kind of voice, left as read
            kind = kind or ("named_person" if sender[:1].isupper() and len(sender.split()) <= 3 else "anonymous_source")
            target = Source(key=f"S{len(sources) + 1}", wording=sender, kind=kind,
                            canonical=sender if kind == "named_person" else None)
            while target.key in keys:
                target.key = f"S{int(target.key[1:]) + 1}"
            sources.append(target)
            keys[target.key] = target
            by_wording[sender.casefold()] = target
        atts[i] = type(att)(target.key, "said", True, False)
