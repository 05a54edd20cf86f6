"""Fact checks of a picture or a clip passed off as something else (used by
:func:`labourlens.analyse.context.forced_labour_context`).

A fact-checking page that rates a claim false because the photo or video it rests on "does not show" what the captions
say (an old picture of a sports day, a parade, a drill passed off as workers under guard) tells of no workers at all:
what it reports is where the picture really comes from. The captions it quotes are the claim it refutes, not an
account it relays, so the page describes no forced labour. A fact check that finds a claim unproven, or only part of
it false, is read as any other report, and so is one that, past the picture, grants that real complaints stand ("There
are, however, real complaints about ...", "Complaints about pay are real, but ..."): what it then sets out are accounts.

Examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated

__all__ = ["debunked_media"]

_FACT_CHECK = gated(r"\bfact[\s-]?check", re.IGNORECASE)
# the verdict: "Our rating: FALSE", "Verdict: Fake", "Rating - False"; or a verdict line "FALSE. The photo is ..."
_FALSE = re.compile(r"(?:\b(?:[Rr]ating|RATING|[Vv]erdict|VERDICT)\s*[:\-\u2013\u2014]\s*(?:FALSE|False|FAKE|Fake|"
                    r"MISATTRIBUTED|Misattributed|MISCAPTIONED|Miscaptioned)\b|(?m:^\s*(?:FALSE|FAKE|MISATTRIBUTED)[.!:]\s))")
# "this clip does not show ...", "No, the video doesn't show ..."
_NOT_SHOWN = re.compile(r"\b(?:[Tt]his|[Tt]he|[Tt]hat)\s+(?:viral\s+)?(?:photo|photograph|picture|image|video|clip|footage)s?\s+"
                        r"(?:does\s+not|doesn['\u2019]t|did\s+not|didn['\u2019]t|do\s+not|don['\u2019]t)\s+show\b")

# the page grants that real complaints stand apart from the picture: "there are, however, real complaints about ...",
# "complaints about pay and passports ... are real"
_REAL_COMPLAINTS = re.compile(r"\b(?:real|genuine|well-documented|documented)\s+(?:complaints|concerns|abuses|problems|cases|"
                              r"grievances)\b|\b(?:[Cc]omplaints|[Cc]oncerns|[Aa]buses|[Gg]rievances)\b[^.!?\n]{0,80}?"
                              r"\b(?:are|were|remain)\s+(?:real|genuine|well\s+documented|documented)\b")


def debunked_media(text: str) -> bool:
    """Is the page a fact check that rates false a claim resting on a picture or clip that does not show it (and
    grants no real complaints beside it)?"""
    return _FACT_CHECK.search(text) is not None and _FALSE.search(text) is not None \
        and _NOT_SHOWN.search(text) is not None and _REAL_COMPLAINTS.search(text) is None
