"""A wage or overtime quarrel that also denies a cue of coercion, for :func:`labourlens.analyse.context.forced_labour_context`.

A text told in the words of an ordinary labour dispute ("the Labour Law", "our HR department") is no report of forced
labour when its cues are only late pay and long hours. A firm's reply that also denies holding the workers' passports
("our company does not hold the passports of any employee") answers an allegation of coercion: the denial shows what
the text is about, so it is not dismissed as an ordinary dispute. Only denials of kinds that ordinary disputes never
show count (see ``knowledge/indicators.yaml``, ``labour_dispute``); only sentences that name identity papers are read."""

from __future__ import annotations

from collections.abc import Iterable

from labourlens.analyse import indicators
from labourlens.model import Sentence

__all__ = ["denies_coercion"]

# words of identity papers: only sentences holding one are matched again (speed)
_PAPER_WORDS = ("passport", "Passport", "identity card", "ID card", "iqama", "residence card", "work permit")


def denies_coercion(body: Iterable[Sentence], allowed: frozenset[str]) -> bool:
    """Does a sentence of ``body`` deny a cue of a kind outside ``allowed`` (the kinds ordinary disputes show)?"""
    for s in body:
        if not any(w in s.text for w in _PAPER_WORDS):
            continue
        if any(h.indicator not in allowed for h in indicators.match(s.text, s.start).negated):
            return True
    return False
