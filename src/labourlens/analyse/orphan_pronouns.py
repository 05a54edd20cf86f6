"""A pronoun with nothing before it to refer to, named later in the excerpt, for
:mod:`labourlens.analyse.registry`.

An excerpt cut before its speaker was introduced opens on "..., she said." and goes on with '"...," the official
added.': the definite description names the person that "she" stood for, who has spoken so far only as a bare
pronoun. That source takes the description as its wording and kind, so that both sentences are one source."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse.registry_entry import Entry

__all__ = ["orphan_named"]

_BARE = frozenset(("he", "she"))
_MALE = re.compile(r"(?i)\b(?:man|boy|father|husband|son|brother|spokesman|chairman)\b")
_FEMALE = re.compile(r"(?i)\b(?:woman|girl|mother|wife|daughter|sister|spokeswoman|chairwoman)\b")
_ONE_PERSON = re.compile(r"(?i)^the\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")


def orphan_named(entries: Sequence[Entry], np: str, kind: str, person: bool) -> Entry | None:
    """The source that so far is only a bare "he"/"she" (nobody it could go back to) when ``np``, a definite
    description of one person ("the official", "the lawyer"), is the next person to speak and nobody else
    has spoken as a person since; renamed to ``np`` (in place). None otherwise."""
    if not person or not _ONE_PERSON.match(np.strip()):
        return None
    people = [e for e in entries if e.person]
    if not people:
        return None
    last = max(people, key=lambda e: e.order)
    said = (last.source.wording or "").strip().lower()
    if said not in _BARE or last.source.kind != "anonymous_source" or len(people) != 1:
        return None
    if (_MALE if said == "she" else _FEMALE).search(np):
        return None  # "the man" is no "she"
    last.source.wording, last.source.kind = np, kind
    last.norm = " ".join(np.lower().split()[1:])
    return last
