"""An unnamed official placed in a state body by a fronted phrase ("At the State Department for Labour, an official
said ...", "Inside the labour ministry, a senior official said ..."): the phrase names the body the official speaks
for, as "a labour ministry official" does, so the speaker is ``official`` (the README's speaker-kind convention: an
official of a ministry, agency or service the phrase names stays ``official`` even unnamed). An official placed only
in a town ("In Hunchun, an official said") stays a person speaking off the record. Applied in the last pass of the
attribution (:func:`labourlens.analyse.forum_posts.final_sources`); examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.model import Source

__all__ = ["fronted_bodies"]

_OFFICIAL = re.compile(r"^(?:an?|one|another)\s+(?:(?:senior|junior|high-ranking|mid-level|local)\s+)?official$",
                       re.IGNORECASE)
# "At the State Department for Labour, " right before the speaker, at the start of its sentence
_FRONTED = re.compile(r"(?:^|[.!?\n]\s*)(?:At|In|Inside|Within|From)\s+(?P<body>[^,.;\n]{4,90}),\s*$")
_STATE_NOUNS = re.compile(r"\b(?:ministry|department|state department|bureau|embassy|consulate|high commission|"
                          r"inspectorate|directorate|commission|authority|agency|administration|secretariat|"
                          r"prosecutor'?s office|police|immigration service|labour office|labor office|parliament)\b",
                          re.IGNORECASE)
_NOT_STATE = re.compile(r"\b(?:recruitment|recruiting|placement|manning|staffing|travel|news|employment agency|"
                        r"company|firm|hotel|factory|site|camp|university)\b", re.IGNORECASE)


def fronted_bodies(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with an unnamed official whose sentence opens with the state body it works in made ``official``
    (in place)."""
    for s in sources:
        if s.kind != "anonymous_source" or not s.spans or not _OFFICIAL.match((s.wording or "").strip()):
            continue
        start = min(s.spans)[0]
        m = _FRONTED.search(text, max(0, start - 120), start)
        if m is not None and _STATE_NOUNS.search(m.group("body")) and not _NOT_STATE.search(m.group("body")):
            s.kind = "official"
    return list(sources)
