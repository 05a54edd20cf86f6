"""A person known only by what they said they were ("a man who identified himself as a representative of
the contractor, Baltic Stroi", "a woman who described herself as the workshop's manager"): the speaker has
the kind of the role they gave, as when the role is written alone ("a representative of the contractor":
``organization``; "a police officer": ``official``). A name given that way ("who identified himself only as
Chen") is :func:`labourlens.analyse.speakers.alias_name`'s. Called from
:func:`labourlens.analyse.speaker_kinds.kind_of`. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["self_described_kind"]

_SELF_DESCRIBED = re.compile(
    r"^(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:man|woman|person|someone|caller|voice)\s+(?:who|that)\s+"
    r"(?:identified|described|introduced|presented)\s+(?:himself|herself|themselves)\s+as\s+"
    r"(?P<role>(?:a|an|the|one)\s+.+)$", re.IGNORECASE)


def self_described_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """The kind of the role a person gave themselves in speaker phrase ``text``, or None when ``text`` is
    not that shape or the role is not a speaker kind of its own."""
    if "self as " not in text and "selves as " not in text:
        return None
    m = _SELF_DESCRIBED.match(text.strip())
    if m is None:
        return None
    role = m.group("role").strip().rstrip(".,;:")
    kind = classify(role)
    return kind if kind in ("organization", "official", "anonymous_source") else None
