"""The speaker after a fronted "Speaking for X," when X's name holds commas of its own ("Speaking for the Ministry
of Gender, Labour and Social Development, spokesperson Patrick Ocen said ..."): the speaker phrase found ran from
inside the body's name; the speaker is the phrase after its last comma, the body only says whom they speak for.
Examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["speaking_for"]

_FRONTED = re.compile(r"^\s*(?:Speaking|Responding|Writing|Answering)\s+(?:for|on\s+behalf\s+of)\s+[A-Z\"']", re.IGNORECASE)
_KINDS = ("official", "organization", "named_person", "anonymous_source")


def speaking_for(m: Mention, sentence_text: str) -> Mention:
    """``m`` cut to the phrase after its last comma when the sentence opens with "Speaking for ..." and ``m`` runs
    from inside that phrase; ``m`` otherwise."""
    if ", " not in m.wording or _FRONTED.match(sentence_text) is None:
        return m
    cut = m.wording.rfind(", ") + 2
    rest = m.wording[cut:]
    if not rest or classify(rest) not in _KINDS:
        return m
    return Mention(rest, m.start + cut, m.end, m.cue, m.direct, m.relay)
