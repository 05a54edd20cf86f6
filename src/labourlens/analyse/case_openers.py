"""Case notes that open each case on the person it is about, described in apposition, a pass of
:mod:`labourlens.analyse.forum_posts` (the last passes of the attribution).

A hotline's or a clinic's notes may give each case in turn as "The caller, a 38-year-old welder from Lviv, says
..." or "The caller, a 27-year-old picker from Morocco, was recruited ...". When at least two sentences open so on
the same role, every such sentence opens a case of its own: its account is the described person's (an
``anonymous_source`` worded by the description), even when the sentence has no verb of saying, and a "she" or "he"
that speaks later in the same case ("She says ...", "According to her, ...") is that person, never the person of an
earlier case. The roles are data (``case_opening_roles`` in ``record_fields.yaml``); examples are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from labourlens import knowledge
from labourlens.analyse.speakers import Mention, word_alternation
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["case_openers"]

_PRONOUNS = frozenset(("she", "he", "her", "him"))


@lru_cache(maxsize=1)
def _opener() -> re.Pattern[str]:
    """ "The caller, a <description>," at a sentence's start (the description without its closing comma)."""
    roles = word_alternation([str(w) for w in (knowledge.load("record_fields.yaml") or {}).get("case_opening_roles") or []])
    return re.compile(rf"^\W{{0,2}}(?P<who>(?i:the)\s+(?P<role>(?i:{roles or '(?!)'}))\s*,\s+(?:a|an)\s+"
                      r"[^,;:\"\u201c]{3,120}?),\s")


def case_openers(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give each case's opening sentence and its later "she says" to the person the case opens on (in place)."""
    found = [(i, m) for i, s in enumerate(sentences) if s.kind == "body" and (m := _opener().match(s.text))]
    if len({m.group("role").lower() for _, m in found}) != 1 or len(found) < 2:
        return
    by_key = {src.key: src for src in reg.sources()}
    openers: list[str] = []
    for n, (i, m) in enumerate(found):
        s, att, who = sentences[i], result[i], m.group("who")
        said = by_key.get(att.source)
        if said is None or said.kind != "anonymous_source" or not (said.wording or "").startswith(who):
            said = reg._new(Mention(who, m.start("who"), m.end("who"), "said", False), who, "anonymous_source", None,
                            s.start)
            by_key[said.key] = said
            result[i] = replace(att, source=said.key, cue="said", direct=False, explicit=True, span=None)
        openers.append(said.key)
        end = found[n + 1][0] if n + 1 < len(found) else len(sentences)
        for j in range(i + 1, end):
            other = result[j]
            if sentences[j].kind != "body" or other.span is None or other.source == said.key \
                    or other.source not in openers:
                continue
            if sentences[j].text[other.span[0]:other.span[1]].strip().lower() in _PRONOUNS:
                result[j] = replace(other, source=said.key)
