"""The body a speaker phrase gives its person in apposition, for :class:`labourlens.analyse.registry.Registry`
("Ana Ruiz, a researcher at the Harbour Institute" -> "Harbour Institute")."""

from __future__ import annotations

import re

__all__ = ["affiliation"]

_AT_BODY = re.compile(r",\s+(?:a|an|the)\s+[^,]*?\b(?:at|of|with|for|from)\s+(?:the\s+)?([A-Z][^,]+)")


def affiliation(np: str) -> str | None:
    """The proper name of the body after "a/the ... at/of/with/for/from" in an apposition, or None."""
    m = _AT_BODY.search(np)
    return m.group(1).strip() if m else None
