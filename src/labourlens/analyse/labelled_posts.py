"""A post a page pastes in below a label of its own line that names the author ("[Post by Lina Sorokina, 3 May]",
"[Message from dock_rat]", "[Letter from a nurse in Perm]") and, often, closes with a label ("[End of post]",
"[End]"): the paragraphs between the labels are the author's (without a closing label, the one paragraph below).
A sentence in it that names a speaker of its own keeps that speaker. When the page has spoken of the post before
it names its author ("A letter from a teacher in Tomsk says ..."), that earlier source is the same author, now
worded by the name the label gives. A pass of :mod:`labourlens.analyse.forum_posts`; examples here and in the
tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["labelled_posts"]

_ITEM = r"(?:[Pp]ost|[Mm]essage|[Ll]etter|[Aa]ppeal|[Tt]weet|[Cc]omment|[Nn]ote|[Ee]ntry|[Ss]tatus|[Ss]tory)"
# the label alone on its line: the item, "by" or "from", the author, and a date or a network after a comma
_OPEN = re.compile(rf"^\s*\[\s*(?:(?:[A-Z][\w-]*|[a-z]+)\s+)?{_ITEM}\s+(?:by|from)\s+(?P<who>@?[^,\]\n]{{2,60}}?)"
                   r"(?:\s*,\s*[^\]\n]{1,40})?\s*\]\s*$")
# the label that closes it: "[End of post]", "[End of message]", "[End]", "[/post]"
_CLOSE = re.compile(rf"^\s*\[\s*(?:(?:[Ee]nd|END)(?:\s+of\s+(?:the\s+)?{_ITEM})?|/\s*{_ITEM})\s*\]\s*$")
_MAX_SPAN = 60  # sentences to look for the closing label in
# an earlier phrase for the same post: "A letter from a teacher in Tomsk", "Her message"
_EARLIER = re.compile(rf"^(?:An?|The|Her|His|Their|This)\s+(?:[\w-]+\s+)?{_ITEM}\b", re.IGNORECASE)
# a question's label on a line of its own, bare, after a mark or an emoji: "Question from a reader, Omsk:", "? Query from
# subscriber @tolib_77:" (a channel's or a column's readers' questions, each in the paragraph below its label)
# (s354) "Latest post by a member in Hue, shared with her consent:", "A reader in Osh (translated from Kyrgyz):": a
# channel's label for a reader's post, with a word on how it came, and a reader's bare label before the post itself
_LINE_OPEN = re.compile(r"^[^\w\s\[]{0,3}\s*(?:(?:(?:[Nn]ew|[Ll]atest|[Aa]nother|[Aa]n?)\s+)?(?:[Qq]uestion|QUESTION|[Qq]uery|"
                        r"[Ll]etter|[Mm]essage|[Pp]ost)\s+(?:from|by)\s+(?P<who>@?[^\s:\n][^:\n(]{1,59}?)|(?P<reader>(?:An?|Another|"
                        r"One)\s+(?:subscriber|reader|member|listener|follower|viewer)\b[^:\n(,]{0,50}?))"
                        r"(?:\s*,\s*(?:posted|shared|published|sent|forwarded|printed)\b[^:\n]{0,40})?"
                        r"(?:\s*\([^)\n]{1,40}\))?\s*:\s*$")
_NAME = re.compile(r"^(?:[A-Z][a-z'\u2019-]+)(?:\s+[A-Z][a-z'\u2019-]+){1,3}$|^@?[A-Za-z][\w.]*[\d_][\w.]*$")


def _block(sentences: Sequence[Sentence], i: int) -> list[int]:
    """The sentences of the post that the label at ``i`` opens."""
    end = next((k for k in range(i + 1, min(len(sentences), i + _MAX_SPAN)) if _CLOSE.match(sentences[k].text)
                or _OPEN.match(sentences[k].text)), None)
    if end is not None and _CLOSE.match(sentences[end].text):
        return list(range(i + 1, end))
    if i + 1 >= len(sentences):
        return []
    para = sentences[i + 1].paragraph
    return [k for k in range(i + 1, len(sentences)) if sentences[k].paragraph == para]


def labelled_posts(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the posts set off by labels to their authors (in place; see the module doc)."""
    for i, s in enumerate(sentences):
        if "[" in s.text[:3]:
            m = _OPEN.match(s.text)
            if m is None:
                continue
            block = [k for k in _block(sentences, i) if sentences[k].kind == "body"]
        else:
            m = _LINE_OPEN.match(s.text) if s.text.rstrip().endswith(":") else None
            if m is None or i + 1 >= len(sentences):
                continue
            para = sentences[i + 1].paragraph  # no closing label: the paragraph below is the question
            block = [k for k in range(i + 1, len(sentences)) if sentences[k].paragraph == para and sentences[k].kind == "body"]
        if not block:
            continue
        group = "who" if m.group("who") else "reader"
        who = m.group(group).strip()
        # (a place after a comma qualifies the author: "a subscriber, Omsk" is an unnamed subscriber)
        head = who.split(",")[0] if who[:1].islower() else who
        kind = classify(head) or ("named_person" if _NAME.match(head) else "anonymous_source")
        earlier = [src for src in reg.sources() if src.spans and min(src.spans)[0] < s.start
                   and _EARLIER.match(src.wording or "")]
        if len(earlier) == 1 and kind == "named_person":
            src = earlier[0]
            src.wording, src.canonical, src.kind = who, who, kind  # "A letter from a teacher": the letter now signed
        else:
            src = reg.resolve(Mention(who, m.start(group), m.end(group), "posted", True), s.start, "")
            src.kind = kind
        for k in block:
            if result[k].source == OUTLET_KEY or not result[k].explicit:
                result[k] = replace(result[k], source=src.key, cue="posted", direct=True, explicit=False, span=None)
