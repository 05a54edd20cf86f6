"""Interview notes written as rows, one paragraph per interviewee, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

An auditor's or a researcher's typed-up notes open each paragraph with the interviewee's code and a description,
then set down what the person said in fragments with no subject: "W2 - male, 22, from Sichuan, cutting, 5
months. Says the first month's wage is held as a deposit. Said the supervisor told them ..." A group can be one
row too: "Group of 5 (packing) - none reported problems." What the row's sentences say, with nobody else named
as the speaker, is the coded person's (an ``anonymous_source`` worded by the code), one source per code; a
fragment opened by a verb of saying ("Says", "Said", "Reports") names that person as its speaker. A document
needs two such rows at least: a lone "W3 - ..." line is read as it is. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.record_fields import field_labels
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.analyse.testimony_labels import coded_label
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["coded_rows"]

# "W2 - male, 22, ...", "R-14: female, 30s", "Group of 5 (packing) - none reported problems"
_ROW = re.compile(r"^\s*(?P<label>[A-Z]{1,2}-?\d{1,3}|(?:A\s+)?[Gg]roup\s+of\s+\d{1,3}(?:\s+\w+)?(?:\s*\([^()\n]{1,30}\))?)"
                  r"[ \t]*(?:[-\u2013\u2014:])[ \t]+(?P<rest>\S)")
_GROUP = re.compile(r"^(?:A\s+)?[Gg]roup\s+of\s")


def _row(text: str) -> re.Match[str] | None:
    m = _ROW.match(text) if text[:1].isupper() or text[:1].isspace() else None
    if m is None or not (_GROUP.match(m.group("label")) or coded_label(m.group("label"))):
        return None
    return m


def coded_rows(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of interview-note rows to the coded interviewee (in place)."""
    if " - " not in text and ":" not in text and "\u2013" not in text and "\u2014" not in text:
        return
    rows = {i: m for i, s in enumerate(sentences) if s.kind == "body" and (i == 0 or sentences[i - 1].paragraph
                                                                             != s.paragraph) and (m := _row(s.text))}
    if len(rows) < 2:
        return
    verb_re = field_labels()[3]
    keys: dict[str, str] = {}
    current: tuple[int, str] | None = None  # (paragraph, source key)
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        m = rows.get(i)
        if m is not None:
            label = m.group("label")
            if label not in keys:
                keys[label] = reg._new(Mention(label, m.start("label"), m.end("label"), "said", False), label,
                                       "anonymous_source", None, s.start).key
            current = (s.paragraph, keys[label])
            if not _SAYS_IN.search(s.text, m.start("rest")):
                continue  # the row's description: "female, about 40, from Anhui, dyeing dept"
        elif current is None or current[0] != s.paragraph:
            current = None
            continue
        said = verb_re.match(s.text.lstrip()) is not None or m is not None  # "Says ...", "Said the leader told ..."
        if result[i].source != OUTLET_KEY and result[i].explicit and not said:
            continue  # "The supervisor told them ...": someone else named as the speaker
        result[i] = replace(result[i], source=current[1], cue="said", direct=False, explicit=said, span=None)


# a verb of reporting in the row's first sentence ("Group of 5 - none reported problems")
_SAYS_IN = re.compile(r"\b(?:says|said|say|reported|reports|told|complained|described|claimed|alleged)\b")
