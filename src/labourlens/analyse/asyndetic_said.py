"""A speaker whose act and report are joined by a comma alone, for :mod:`labourlens.analyse.saying_acts`.

Case notes, logs and hurried messages drop the "and": "Her brother phoned from Lagos, said the worker is locked
in", "He was hesitant, said maybe the debt is smaller now", "The driver called twice, says his pay is held". The
subject of the first clause speaks what the second reports. Only a short first clause counts (a subject, a verb
of calling or being, a few words), and the words after ", said" must open a clause, never a speaker's name (so
"The men were moved, said the manager" stays the manager's). Examples here and in the tests are invented.
"""

from __future__ import annotations

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["asyndetic_said"]

_SPEAKERS = ("named_person", "anonymous_source", "official", "organization")
# subject, then a verb of calling, writing or being and up to six words, then ", said"/", says" and a clause
_SHAPE = gated(
    r"^\s*(?P<sp>(?:[Hh]e|[Ss]he|[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,3}))\s+"
    r"(?:phoned|called|rang|wrote|texted|messaged|came|visited|was|were|sounded|seemed|appeared)\b"
    r"(?P<rest>[^,.;:\"\u201c]{0,50}),\s+(?:said|says|told\s+us|tells\s+us)\s+"
    r"(?P<clause>(?:that|maybe|perhaps)\s|(?:he|she|they|it|we|(?:the|her|his|their)\s+[\w-]+)\s+"
    r"(?:is|was|were|are|had|has|have|would|could|can|will|did|does|do|still|never|kept|keeps|owes|owed|gets|got|works|"
    r"worked)\b)")
_PRONOUNS = frozenset(("he", "she"))


def asyndetic_said(text: str) -> Mention | None:
    """The subject of "X phoned from Y, said ..." (see the module doc), or None."""
    m = _SHAPE.match(text)
    if m is None:
        return None
    sp = m.group("sp")
    if sp.lower() not in _PRONOUNS and (not _plausible(sp) or classify(sp) not in _SPEAKERS):
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), "said", False)

