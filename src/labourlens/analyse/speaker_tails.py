"""Speaker phrases whose kind the classifier of :mod:`labourlens.analyse.speakers` would misread from a tail or
a body word (diag131):

- a relative clause that describes the body a person speaks for ("Li Ming, a spokesman for Brightline
  Electronics, which runs the factory") says nothing of who speaks: the kind is that of the phrase without it
  (a firm's spokesman is the firm, ``organization``);
- a council of an industry, of business or of employers ("the European Solar Industry Council", "the Asian
  Textile Business Council") is a trade body, not a state council: ``organization``.

Examples are invented."""

from __future__ import annotations

import re

__all__ = ["without_relative_tail", "trade_council"]

# ", which runs the factory" at the end of a phrase that has a comma before it (an apposition)
_WHICH_TAIL = re.compile(r"^(?P<head>[^,]+,[^,]+?),\s+which\s+[^,]+$")
_TRADE_COUNCIL = re.compile(
    r"\b(?:industry|industries|business|manufacturers['\u2019]?|employers['\u2019]?|exporters['\u2019]?|"
    r"producers['\u2019]?|traders['\u2019]?|growers['\u2019]?|farmers['\u2019]?|planters['\u2019]?|"
    r"processors['\u2019]?|retailers['\u2019]?|importers['\u2019]?|shipowners['\u2019]?|"
    r"boat\s+owners['\u2019]?|vessel\s+owners['\u2019]?)\s+council\b", re.IGNORECASE)


def without_relative_tail(text: str) -> str | None:
    """ "Li Ming, a spokesman for Brightline Electronics, which runs the factory" -> the phrase without its final
    ", which ..." clause; None when there is no such clause."""
    if ", which " not in text:
        return None
    m = _WHICH_TAIL.match(text)
    return m.group("head") if m else None


def trade_council(text: str) -> bool:
    """Does the phrase name an industry's, business's or employers' council (a trade body)?"""
    return "ouncil" in text and _TRADE_COUNCIL.search(text) is not None
