"""Turns of a record whose speakers' labels open with a circle mark, as Japanese parliamentary minutes print them (the
Diet's records, and their English renderings), a pass called by :func:`labourlens.analyse.hearing_turns.hearing_turns`:

- "○ SUZUKI Haruto (member): ..." - a member by family name (in capitals) and given name, with a note in brackets;
- "○ Minister of Labour (ONO Mei): ...", "○ Chair (ABE Sora): ..." - a post with its holder's name in brackets;
- "○ Government witness (IDE Ken, Director, Immigration Bureau): ..." - a witness, the name first in the brackets.

Every sentence of the turn, up to the next such label, is the labelled person's unless it names a speaker of its own
("A former worker wrote to my office that ..." stays the worker's). Members, ministers and government witnesses speak
in office: ``official`` (as members of parliament are read everywhere else). It takes three such labels before a page
is read so. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["marked_turns"]

_MARKS = "\u25cb\u25ef"  # the white circle of a Japanese record's speaker line, and its larger form
_LABEL = re.compile(r"^[ \t]*[\u25cb\u25ef][ \t]*(?P<label>[A-Z][^():\n]{1,80}?)[ \t]*(?:\((?P<note>[^()\n]{2,200})\))?"
                    r"[ \t]*:[ \t]+(?=\S)")
# a person's name as such records print it: the family name in capitals, then the given name ("SUZUKI Haruto"); or
# a given name and a family name in capitals ("Haruto SUZUKI")
_NAME = re.compile(r"^(?:[A-Z][A-Z'\u2019-]+\s+[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?|"
                   r"[A-Z][a-z'\u2019-]+\s+[A-Z][A-Z'\u2019-]+)$")


def _person(m: re.Match[str]) -> str | None:
    """The name of the person who speaks under a label: the label itself when it is a name, else the first part of
    the note in brackets when that is one; None when the label names nobody ("○ Chair: ...")."""
    label = m.group("label").strip()
    if _NAME.match(label):
        return label
    first = (m.group("note") or "").split(",")[0].strip()
    return first if _NAME.match(first) else None


def marked_turns(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of each circle-marked turn to the person its label names (in place; see the module doc)."""
    if not any(c in text for c in _MARKS):  # (speed)
        return
    turns = [(i, m) for i, s in enumerate(sentences) if s.text.lstrip()[:1] in _MARKS and (m := _LABEL.match(s.text))]
    if len(turns) < 3:
        return
    keys: dict[str, str] = {}
    starts = [i for i, _ in turns] + [len(sentences)]
    for n, (i, m) in enumerate(turns):
        name = _person(m)
        if name is None:
            continue
        s = sentences[i]
        if name not in keys:
            src = reg.resolve(Mention(name, m.start("label"), m.end("label"), "said", True), s.start,
                              text[max(0, s.start - 600):s.start])
            src.kind = "official"
            keys[name] = src.key
        key = keys[name]
        for k in range(i, starts[n + 1]):
            att = result[k]
            own = att.span is not None and k == i and att.span[0] < m.end()  # the label read as a speaker phrase
            if att.source == OUTLET_KEY or not att.explicit or own:
                result[k] = replace(att, source=key, cue="said", direct=True, span=None if own else att.span)
