"""A body named by a run of capitalised words ending in "Research" or "Analytics" ("Bluefen Research", "Tallow Risk
Analytics", "the Marrow Labour Research"): a research group or consultancy that speaks as a body, an
``organization``, not a piece of research (a ``document``: "research by the university shows", "New research
suggests") nor a person by that name. Called from :func:`labourlens.analyse.speaker_kinds.kind_of`; examples are
invented. A research group is no party accused of abuse: :func:`research_voice` keeps its negations as they read
(:mod:`labourlens.analyse.counter_assertions`)."""

from __future__ import annotations

import re

__all__ = ["research_body_kind", "research_voice"]

# the name: one to four capitalised words before the head noun, with "the" allowed in front
_NAME = re.compile(r"^(?:[Tt]he\s+)?(?P<first>[A-Z][\w&'\u2019-]*)(?:\s+[A-Z][\w&'\u2019-]*){0,3}\s+(?:Research|Analytics)$")
# a wording that ends in such a name: "analysts at Orbit Lane Research", "Bluefen Research"
_ENDS = re.compile(r"(?:^|\s)(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}\s+(?:Research|Analytics))$")
# a capitalised modifier that makes a common phrase of the head noun, not a name ("New Research", "Field Research")
_GENERIC = frozenset({"new", "recent", "further", "independent", "academic", "field", "published", "previous", "earlier",
                      "latest", "our", "their", "his", "her", "its", "this", "that", "such", "some", "more", "other",
                      "original", "separate", "additional", "government", "market", "industry", "company", "internal",
                      "own", "ongoing", "qualitative", "quantitative", "survey", "desk", "much", "most",
                      "university", "scientific", "medical", "legal", "social", "open", "primary", "secondary"})


def research_body_kind(text: str) -> str | None:
    """ "organization" for a capitalised name ending in "Research" or "Analytics"; else None."""
    m = _NAME.match(text.strip())
    if m is None or m.group("first").lower() in _GENERIC:
        return None
    return "organization"


def research_voice(wording: str) -> bool:
    """Is the wording a research group's name, or its staff's ("analysts at Bluefen Research")?"""
    m = _ENDS.search(wording.strip())
    return m is not None and research_body_kind(m.group("name")) is not None
