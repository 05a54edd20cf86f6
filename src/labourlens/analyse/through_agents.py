"""A body that speaks through a named person, for :mod:`labourlens.analyse.attribution`.

"The guards' company, Al-Saqr Security, said through its operations manager, Mr Karim Haddad, that ...": the
firm speaks, and the person who carries its words is named; "Haddad said" later is the same voice. The
speaker is the named person, of the body's kind (main README: a company's managers given as such are
``organization``), so that later sentences by name go back to that source. Examples here and in the tests
are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["through_agent"]

_THROUGH = re.compile(
    r",?\s+(?:said|says|stated|responded|replied|denied|insisted)\s+(?:in\s+a\s+statement\s+)?through\s+(?:its|their)\s+"
    r"(?P<role>(?:[a-z-]+\s+){0,3}[a-z-]+),\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}),")


def through_agent(m: Mention, sentence_text: str) -> tuple[Mention, str] | None:
    """The named person a body speaks through ("X said through its manager, Mr Karim Haddad, that ..."), as a
    mention, with the body's kind; None for any other sentence."""
    if " through " not in sentence_text:
        return None
    t = _THROUGH.match(sentence_text, m.end)
    if t is None:
        return None
    kind = classify(m.wording)
    if kind not in ("organization", "official") or classify(t.group("name")) != "named_person":
        return None
    return Mention(t.group("name"), t.start("name"), t.end("name"), m.cue, m.direct, m.relay), kind
