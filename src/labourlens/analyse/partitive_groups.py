"""A part of the group that speaks, met in the same sentence ("Eleven women who sewed sportswear say ..., the paper
reported, citing interviews with four of the women"): "four of the women" is no group of its own for a later "The
women said ...", which goes on with the eleven. Used by :mod:`labourlens.analyse.attribution`; examples are
invented."""

from __future__ import annotations

import re

__all__ = ["part_of_speaker"]

_PARTITIVE = re.compile(r"^(?:\w+|\d+)\s+of\s+(?:the|these|those)\s+(?P<noun>[a-z][\w-]*?)s?$", re.IGNORECASE)
_WORD = re.compile(r"[a-z][\w-]*", re.IGNORECASE)


def part_of_speaker(met: str, speaker: str | None) -> bool:
    """Is ``met`` ("four of the women") a part of the group ``speaker`` ("Eleven women from Thanh Hoa ...")?"""
    m = _PARTITIVE.match(met.strip())
    if m is None or not speaker:
        return False
    noun = m.group("noun").lower()
    words = [w.lower() for w in _WORD.findall(speaker)[:4]]
    return any(w == noun or w.rstrip("s") == noun for w in words)
