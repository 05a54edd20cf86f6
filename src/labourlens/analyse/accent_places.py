"""A common word written without the accents of the place it folds to (used by :mod:`labourlens.analyse.places`):
"Para" opens Portuguese and Spanish sentences ("Para mim, ...") and is on the gazetteer's list of common words,
while the Brazilian state is written "Pará". The gazetteer folds accents, so the plain word would name the state;
a one-word match that is a listed common word, written in plain letters where every place it could be is
written with accents, names no place. A place written as the text writes it ("Victoria") is left alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from labourlens.analyse import gazetteer

__all__ = ["unaccented_common_word"]


def unaccented_common_word(g: gazetteer.Gazetteer, surface: str, cands: Sequence[Any]) -> bool:
    """Is ``surface`` a listed common word in plain letters that every candidate place writes with accents?"""
    if " " in surface or not surface.isascii() or gazetteer.norm(surface) not in g.stop or not cands:
        return False
    return all(not g.places[a.place].name.isascii() for a in cands)
