"""Unnamed staff of a named body, speaking together, for :func:`labourlens.analyse.speaker_kinds.kind_of`:
"Analysts at Hollis Sourcing", "lawyers from the Migrant Law Centre", "Officials at the Ministry of Labour" speak for
their body, so they take its kind (``organization``; ``official`` for a state body). One of them ("an analyst at
Hollis Sourcing") stays a person, an ``anonymous_source``: the plural names the body's voice, the singular a member
of it. Researchers, investigators, experts and activists at a body speak as people (most gold sets mark "Researchers
at Lakeside University found ..." an ``anonymous_source``), so they are left to the other rules. A body the
classifier does not know, two to five capitalised words after "at" ("Analysts at Hollis Sourcing"), is the
workplace: an ``organization``. So is a firm's management named by the firm ("Fenghe management told auditors ...")."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["staff_kind"]

# a firm's management by the firm's name: "Fenghe management told auditors", "Kestrel's management said"
_MANAGEMENT = re.compile(r"^(?:the\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}\s+(?:management|leadership|board)$")

_STAFF = re.compile(
    r"^(?:(?:the|its|their|two|three|several|some|senior|independent|[A-Z][\w-]+)\s+)?(?i:analysts|economists|staff|"
    r"lawyers|specialists|consultants|auditors|officials|representatives)\s+(?:at|from|with|of)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][^,;:]{1,80})$"
)
_KINDS = ("organization", "official")
_WORKPLACE = re.compile(r"(?:the\s+)?[A-Z][\w&'\u2019-]+(?:\s+[A-Z][\w&'\u2019-]+){1,4}$")


def staff_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """The kind of the named body whose unnamed staff ``text`` names in the plural, else None."""
    if text.endswith(("management", "leadership", "board")) and _MANAGEMENT.match(text.strip()):
        return "organization"
    if " at " not in text and " from " not in text and " with " not in text and " of " not in text:
        return None
    m = _STAFF.match(text.strip())
    if m is None:
        return None
    kind = classify(m.group("body"))
    if kind in _KINDS:
        return kind
    # a name that reads as nobody's in particular after "at" is the place they work: "Analysts at Hollis Sourcing"
    return "organization" if kind in (None, "named_person") and _WORKPLACE.match(m.group("body")) else None
