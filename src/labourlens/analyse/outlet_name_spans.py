"""Outlets introduced by what they are: "the Tatar regional portal Volga Line says", "the business weekly Ural Times",
"the regional paper Amur Courier". The capitalised words after the media noun are the outlet's name, and a place
word among them ("Volga", "Ural", "Amur") names no place the report is about (the gold sets leave a place known only
from an organisation's name optional). Used by :func:`labourlens.analyse.places.find`; examples are invented."""

from __future__ import annotations

from labourlens.analyse.gated import gated

__all__ = ["introduced_outlet_spans"]

# the media noun, then one to four capitalised words ("portal Volga Line", "weekly Ural Times"); a bare "paper" only
# with a word that makes it a newspaper ("told the paper Moscow had ..." is no name)
_INTRODUCED = gated(  # (gated: the media nouns' literal gate before the scan)
    r"\b(?:portal|news\s+portal|newspaper|news\s+site|website|tabloid|magazine|broadcaster|daily|weekly|"
    r"(?:regional|local|provincial|online|business|state|city|district|national)\s+paper)\s+"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})")
_GATE = ("portal", "paper", "site", "tabloid", "magazine", "broadcaster", "daily", "weekly")


def introduced_outlet_spans(text: str) -> list[tuple[int, int]]:
    """The spans of outlet names introduced by a media noun in ``text``."""
    if not any(w in text for w in _GATE):
        return []
    return [(m.start("name"), m.end("name")) for m in _INTRODUCED.finditer(text)]
