"""Fines that supervisors take from workers' pay as punishment, for
:func:`labourlens.analyse.context.forced_labour_context`.

A text told in the words of an ordinary labour dispute (a union, a strike) is no report of forced labour when its
cues are only late pay and long hours. Fines charged for every late arrival, for stopping the line or for a drink of
water are a penalty imposed at work, the menace the ILO's definition names: such a text is not dismissed as an
ordinary dispute. Fines that an inspectorate or a court imposes on a firm, and traffic fines, are no such
punishment. Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.gated import Folded

__all__ = ["punitive_fines"]

# "docked 800 pesos each time they come in late", "fined if they stop to drink water", "fined for a toilet break"
_FINED_FOR_LAPSE = Folded(
    r"\b(?:fined|docked|fines?\s+of)\b(?:[^.;!?]|\.(?=\d)){0,60}?\b(?:(?:each|every)\s+time|whenever|for\s+(?:every|each)|if|when|for)\s+"
    r"(?:(?:they|we|he|she|you|i|workers|a\s+worker|anyone)\s+)?(?:(?:arrive[sd]?|come|comes|came|clock(?:ed)?\s+in|are|were|"
    r"is|was|get|got|being|arriving|coming)\s+(?:in\s+)?late\b|(?:stop|stops|stopped|stopping)\s+(?:the\s+line|work|working|"
    r"the\s+machines?)\b|(?:stop\s+)?(?:to\s+)?drink(?:ing)?\s+water\b|(?:going|go)\s+to\s+the\s+(?:toilet|bathroom)\b|"
    r"(?:a\s+)?toilet\s+breaks?\b)",
    re.IGNORECASE)
# pay docked as a reprisal for organising ("docked a day's pay from those who went to the union's rally", "fined for
# joining the strike"): a penalty for using a right, the menace of the ILO's definition, not a term of a dispute
_DOCKED_FOR_ORGANISING = Folded(
    r"\b(?:fined|docked|deducted|cut|withheld)\b(?:[^.;!?]|\.(?=\d)){0,60}?\b(?:(?:from|of)\s+(?:(?:the|those|any|all)\s+)?"
    r"(?:workers|staff|employees|those|anyone|members|labou?rers|men|women)\s+who\s+(?:had\s+)?(?:attended|joined|took\s+part\s+in|"
    r"went\s+to|marched\s+in|signed)|for\s+(?:attending|joining|taking\s+part\s+in|going\s+to|signing))\b[^.;!?]{0,40}?"
    r"\b(?:union|unions|strike|strikes|protest|protests|rally|rallies|walkout|demonstration|petition|sit-in)\b",
    re.IGNORECASE)
# a fine imposed on a firm, a driver or a ship: not a worker's punishment
_NOT_WORKERS = Folded(r"\b(?:company|companies|firm|firms|employer|employers|contractor|ferry|airline|driver|drivers|"
                      r"vessel|ship|regulator|court|tribunal|inspectorate)\s+(?:was|were|has\s+been|had\s+been)\s+fined\b",
                      re.IGNORECASE)


def punitive_fines(sentences: list[str]) -> bool:
    """Does a sentence tell of fines taken from workers for lateness, for stopping work or for a drink of water, or of pay
    docked from those who joined a union's meeting or a strike?"""
    for text in sentences:
        if ("fine" in text or "docked" in text or "Fine" in text) and _FINED_FOR_LAPSE.found(text) \
                and not _NOT_WORKERS.found(text):
            return True
        if _DOCKED_FOR_ORGANISING.found(text) and not _NOT_WORKERS.found(text):
            return True
    return False
