"""A sentence that opens "According to them, ..." and that no other rule gave a speaker: the account is the group the
text met last before it ("Eleven pickers from Osh came to our office ... According to them, they were paid for one
month of three."), not the page's. Only a group already met as a source or introduced (a counted group that came to
the writer, a group the writer spoke to) counts, and only within a few sentences; a sentence another rule attributed
keeps that speaker. Called from :mod:`labourlens.analyse.forum_posts`, the last pass; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["according_to_them", "by_own_account"]

_ACCORDING_THEM = re.compile(r"^\s*According\s+to\s+them\s*,\s*\S")
_REACH = 6  # sentences between the group and the pronoun


def according_to_them(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give each unattributed "According to them, ..." sentence to the plural group met just before (in place)."""
    for i, s in enumerate(sentences):
        if not s.text.lstrip().startswith("According to them") or result[i].source != OUTLET_KEY or result[i].explicit:
            continue
        if _ACCORDING_THEM.match(s.text) is None:
            continue
        lo = sentences[max(0, i - _REACH)].start
        groups = [e for e in reg.entries if e.plural and e.source.kind == "anonymous_source" and e.source.spans
                  and lo <= min(e.source.spans)[0] < s.start]
        if groups:
            last = max(groups, key=lambda e: min(e.source.spans)[0])
            result[i] = replace(result[i], source=last.source.key, cue="according to", explicit=True)


# "By her account, the family ...", "By his own account he was paid ...": the account of the person just heard
_BY_ACCOUNT = re.compile(r"^\W{0,3}By\s+(?P<who>her|his)\s+(?:own\s+)?account\b")


def by_own_account(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give each unattributed "By her account ..." sentence to the single person heard last before it (in place)."""
    for i, s in enumerate(sentences):
        if not s.text.lstrip(" \"'\u201c").startswith("By ") or result[i].source != OUTLET_KEY or result[i].explicit:
            continue
        if _BY_ACCOUNT.match(s.text) is None:
            continue
        lo = sentences[max(0, i - _REACH)].start
        people = [(max(a for a, _ in e.source.spans if a < s.start), e) for e in reg.entries
                  if e.person and not e.plural and e.source.kind in ("anonymous_source", "named_person")
                  and any(lo <= a < s.start for a, _ in e.source.spans)]
        if people:
            last = max(people, key=lambda p: p[0])[1]
            result[i] = replace(result[i], source=last.source.key, cue="according to", explicit=True)
