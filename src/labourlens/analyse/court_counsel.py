"""A court report's idiom for the prosecution's counsel (used by :mod:`labourlens.analyse.attribution`):
"Prosecuting, Ruth Okafor said the men were ..." or "For the prosecution, Ruth Okafor told the jury ...". The
prosecutor speaks for the state, ``official`` (main README: prosecutors are officials); "Defending, X said" is
counsel for a person and stays with the other rules."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["prosecuting_kind"]

_PROSECUTING = re.compile(r"(?:^|[.;:]\s+)(?:Prosecuting|For\s+the\s+(?:prosecution|Crown|state))(?:\s+counsel)?,\s*$")


def prosecuting_kind(sentence: str, m: Mention, kind: str) -> str:
    """``official`` for a named person the sentence introduces as prosecuting counsel, else ``kind``."""
    if kind != "named_person" or m.start < 12 or "rosecut" not in sentence[:m.start] and "For the" not in sentence[:m.start]:
        return kind
    return "official" if _PROSECUTING.search(sentence, max(0, m.start - 40), m.start) else kind
