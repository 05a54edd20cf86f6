"""Transcript lines whose label is a surname alone ("HOLM: The crews sleep in ..."): the line of a person
named in full earlier in the text ("... our guest, Vera Holm"), used by :mod:`labourlens.analyse.attribution`
when the label by itself does not read as a speaker."""

from __future__ import annotations

import re

from labourlens.analyse.mentions import transcript_label
from labourlens.analyse.speakers import Mention

__all__ = ["surname_label"]

_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+([A-Z][a-z'\u2019-]+)\b")


def surname_label(text: str, house: frozenset[str], before: str) -> Mention | None:
    """ "HOLM: The crews sleep in ..." after "... Vera Holm": a line by the person named before."""
    lab = transcript_label(text, house)
    if lab is None or lab[3] or " " in lab[0] or lab[0].title() not in before:
        return None
    if lab[0].title() not in {m.group(1) for m in _FULL_NAME.finditer(before)}:
        return None
    return Mention(lab[0].title(), lab[1], lab[1] + len(lab[0]), "said", True)
