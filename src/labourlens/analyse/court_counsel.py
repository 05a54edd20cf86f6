"""A court report's idiom for the prosecution's counsel (used by :mod:`labourlens.analyse.attribution`):
"Prosecuting, Ruth Okafor said the men were ...", "For the prosecution, Ruth Okafor told the jury ..." or "Opening for
the Crown, Ruth Okafor said ...". The
prosecutor speaks for the state, ``official`` (main README: prosecutors are officials); "Defending, X said" is
counsel for a person and stays with the other rules."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention

__all__ = ["prosecuting_kind"]

# a labour case's employer side: "For the respondent, Advocate X argued", "For the employer, Y submitted" (the
# README counts a firm's lawyers as the firm; "For the defence" is counsel for a person and stays as it is)
_FOR_EMPLOYER = re.compile(r"(?:^|[.;:]\s+)For\s+the\s+(?:respondents?|employers?|company|firm|estate|farm|mine|"
                           r"respondent\s+(?:company|firm|estate))(?:['\u2019]s?\s+(?:counsel|lawyers?|advocates?))?,\s*")
_PROSECUTING = re.compile(r"(?:^|[.;:]\s+)(?:Prosecuting|(?:Opening\s+(?:the\s+case\s+)?f|F)or\s+the\s+(?:prosecution|Crown|state)|"
                         r"Opening\s+the\s+(?:prosecution|Crown)(?:['\u2019]s)?\s+case)(?:\s+counsel)?,\s*$")


def prosecuting_kind(sentence: str, m: Mention, kind: str) -> str:
    """``official`` for a named person the sentence introduces as prosecuting counsel, ``organization`` for one it
    introduces as counsel for the employer in a labour case ("For the respondent, Advocate X argued"), else ``kind``."""
    if kind != "named_person":
        return kind
    if m.wording.startswith("For the ") and _FOR_EMPLOYER.match(m.wording):
        return "organization"  # (the phrase kept the side it speaks for)
    if m.start < 12 or "rosecut" not in sentence[:m.start] and "or the" not in sentence[:m.start] and (
            "Opening" not in sentence[:m.start]):  # (s339) "Opening for the Crown, X said"
        return kind
    if _FOR_EMPLOYER.search(sentence, max(0, m.start - 40), m.start):
        return "organization"
    return "official" if _PROSECUTING.search(sentence, max(0, m.start - 40), m.start) else kind
