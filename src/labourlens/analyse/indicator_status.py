"""Presence denials about a worker's status (abuse of vulnerability, FL01) that the word-slot rules of
``knowledge/indicators.yaml`` cannot see, because their token stream has no clause structure: "there are no
foreign nationals without valid work permits", "the inspectors found no foreign workers without permits",
"it has no information about foreigners working without permits", "the company has never received any notice
from the authorities regarding illegal employment". The negated people are the subject (or
object) of a statement that such workers do not exist: the status cues after them are denied, not reported,
so their hits count as negated (the claim reads as a denial). "None of the workers had a work permit" stays
evidence: no "without" or "valid" follows the negated people, the workers exist and lack papers.

(Status labels in scare quotes, the "trainees", were tried as a cue as well and dropped: the diagnosis sets
annotate them as abuse of vulnerability in workers' and sources' accounts, but not in the employers' and
officials' statements and ledgers where most of them occur.)
"""

from __future__ import annotations

import re

from labourlens.analyse.indicator_subjects import move_inside
from labourlens.model import IndicatorHit

__all__ = ["presence_denials"]

_PEOPLE = r"(?:nationals?|workers?|citizens?|migrants?|foreigners?|employees?|persons?|people|labou?rers?|staff)"
_DENIED = re.compile(
    r"\b(?:no|not a single|not one|not any|zero)\s+(?:[a-z-]+\s+){0,2}?" + _PEOPLE
    + r"\s+(?:[a-z-]+\s+){0,2}?(?:without|with(?: a| any)? (?:valid|proper|legal)|holds? (?:a |any )?valid)\b"
    r"|\b(?:no|(?:has|have|had)? ?(?:never|not) (?:received|had|seen|found) any) (?:information|knowledge|records?|data|"
    r"reports?|cases?|notices?|complaints?|evidence)(?: [a-z]+){0,5}? (?:about|of|on|regarding|concerning)\b")
_END = re.compile(r"[;:.]|\b(?:but|yet|however|although|though|while|whereas)\b")


def presence_denials(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
                     offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): the FL01 hits of the lower-case sentence ``low`` (at ``offset`` + positions
    in it) that start in the clause of a presence denial move to the negated ones."""
    if "no" not in low or not any(h.indicator == "abuse_of_vulnerability" for h in hits):
        return hits, negated
    spans = []
    for m in _DENIED.finditer(low):
        end = _END.search(low, m.end())
        spans.append((m.start(), end.start() if end else len(low)))
    return move_inside(hits, negated, spans, offset, "abuse_of_vulnerability")
