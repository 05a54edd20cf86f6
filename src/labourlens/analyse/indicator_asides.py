"""Source-protection asides: "..., said a welder, speaking on condition of anonymity because his employer
forbids contact with journalists", "..., who asked not to be named for fear of losing her job", "(she asked
that her surname be withheld)", "an official who was not authorised to speak to the press". The aside tells
why the SOURCE hides, not what happened to the
workers the claim is about, so indicator hits inside it are dropped (they are neither evidence nor a denial).
The aside runs from its opening phrase to the end of the clause (a comma, full stop, semicolon or quote mark):
"who spoke on condition of anonymity, said the women were locked in" keeps the claim after the comma, and an aside
followed straight away by a that-clause or by a reporting verb ("said", "told") keeps the account from there on. Workers
"not allowed to talk to us" is no aside (isolation); only a source "not authorised to speak" is.
A hit that starts before the aside and only runs into it stays.
"""

from __future__ import annotations

import re

from labourlens.model import IndicatorHit

__all__ = ["aside_spans", "drop_asides"]

_GATE = ("anonym", "named", "identified", "authori", "cleared to", "their names", "his name", "her name", "full name",
         "surname")
_ASIDE = re.compile(
    r"(?:\bwho\s+)?\b(?:(?:speaking|spoke|talking|talked|who spoke|who talked|interviewed) (?:to \w+ |with \w+ )?"
    r"(?:on (?:the )?(?:condition|promise|understanding) of|under (?:the )?(?:cover|condition|promise) of|"
    r"with a promise of|in) anonymity"
    r"|(?:on|under) (?:the )?(?:condition|promise) (?:of anonymity|(?:that )?(?:he|she|they|their names?|his name|"
    r"her name) (?:not )?(?:be|would not be|wouldn't be|not be) (?:named|identified))"
    r"|(?:asked|requested|declined|refused|wished|preferred|did not want|didn't want|do not want|don't want|"
    r"does not want|doesn't want|wanted)(?: not)? (?:to be|to have (?:his|her|their) (?:full )?names?) "
    r"(?:named|identified|quoted by name|published|used)"
    r"|(?:asked|requested|declined|refused)(?: not)? to (?:give|be identified by|disclose|reveal) "
    r"(?:his|her|their) (?:full |real )?(?:names?|surnames?|identit(?:y|ies))"
    r"|(?:was|were|is|are|not|n't) (?:not )?(?:authori[sz]ed|cleared) to (?:speak|talk|comment|discuss)"
    r"|whose names? (?:is|are|was|were|has been|have been) (?:withheld|changed)"
    r"|(?:asked|requested|agreed) that (?:his|her|their) (?:full |real |family )?(?:sur)?names? (?:be|not be) "
    r"(?:withheld|used|published|given|changed|disclosed|printed)"
    r"|(?:names?|surnames?) (?:has|have) been changed)"
    # to the end of the clause, or up to the that-clause or the reporting verb (said, told ...) that carries the
    # account after the aside
    r"(?:(?=\s+that\b)|[^.;,\"\u201c\u201d]*?(?=\s+(?:said|says|told|tells)\b|[.;,\"\u201c\u201d]|$))")


def aside_spans(low: str) -> list[tuple[int, int]]:
    """Character spans of the source-protection asides in the lower-case sentence ``low``."""
    if not any(g in low for g in _GATE):
        return []
    return [m.span() for m in _ASIDE.finditer(low)]


def drop_asides(hits: list[IndicatorHit], low: str, offset: int = 0) -> list[IndicatorHit]:
    """``hits`` (at ``offset`` + positions in ``low``) without those that start inside an aside."""
    if not hits:
        return hits
    spans = aside_spans(low)
    if not spans:
        return hits
    return [h for h in hits if not any(s <= h.start - offset < e for s, e in spans)]
