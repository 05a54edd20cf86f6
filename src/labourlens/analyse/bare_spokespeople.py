"""A spokesperson given without the body they speak for ("We contacted the plant's owner, Haixing Foods; a
spokesman said ...") speaks for the body the text named just before: a company's spokesperson is
``organization`` (README, Quality: a company's spokespeople), a state body's ``official``. Without a body
named in the same paragraph before it, the spokesperson keeps the kind the classifier gave (``official``).
Called from :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.model import Source

__all__ = ["bare_spokespeople"]

_BARE = re.compile(r"^(?:a|an|the|one)\s+(?:company\s+|firm['\u2019]s\s+)?spokes(?:man|woman|person)$", re.IGNORECASE)
_STATE = re.compile(r"\b(?:ministry|ministries|government|embassy|consulate|bureau|department|authorit(?:y|ies)|police|"
                    r"inspectorate|agency|office|administration|customs|immigration|prosecutor['\u2019]?s?|court)\b",
                    re.IGNORECASE)
_FIRM = re.compile(r"\b(?:company|companies|firm|firms|employer|contractor|subcontractor|operator|owner|supplier|"
                   r"Ltd|LLC|Inc|Co|JSC|GmbH|Group|Foods|Seafood|Marine|Fisheries|Textiles?|Garments?|Construction)\b")


def _body_before(text: str, start: int) -> str | None:
    """ "organization" or "official" for the body named last in the paragraph before offset ``start``."""
    para = text.rfind("\n\n", 0, start)
    window = text[max(para + 2 if para >= 0 else 0, start - 300):start]
    state = [m.end() for m in _STATE.finditer(window)]
    firm = [m.end() for m in _FIRM.finditer(window)]
    if not state and not firm:
        return None
    return "organization" if (firm[-1] if firm else -1) > (state[-1] if state else -1) else "official"


def bare_spokespeople(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each bare spokesperson given the kind of the body named just before it."""
    out: list[Source] = []
    for s in sources:
        if s.kind in ("official", "organization") and s.spans and _BARE.match((s.wording or "").strip()):
            kind = _body_before(text, min(s.spans)[0])
            if kind is not None and kind != s.kind:
                s = replace(s, kind=kind)
        out.append(s)
    return out
