"""A unit of a government named through it: "the provincial government's transport committee", "the city
government's migration commission", "the labour committee of the regional government". Whatever the unit's own noun (a
"committee" or a "council" alone may be a group's), the government that owns it makes it the state's, so the unit
and a person heading it speak as ``official``. Only body nouns count ("the government's critics" are no unit of
it); examples are invented."""

from __future__ import annotations

import re

__all__ = ["government_unit_kind"]

_UNIT = (r"(?:committee|commission|council|department|office|agency|service|bureau|unit|team|directorate|division|"
         r"board|inspectorate|secretariat)s?")
_GOVERNMENT = r"(?:(?:regional|city|provincial|state|federal|local|district|municipal|national|central|krai|oblast|county)\s+)?government"
_OWNED = re.compile(rf"^(?:the\s+|a\s+|an\s+)?{_GOVERNMENT}['\u2019]s\s+(?:[\w-]+\s+){{0,3}}?{_UNIT}$", re.IGNORECASE)
_OF = re.compile(rf"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{_UNIT}\s+of\s+the\s+{_GOVERNMENT}$", re.IGNORECASE)


def government_unit_kind(text: str) -> str | None:
    """``official`` for a government's unit named through the government (see the module doc), else None."""
    phrase = text.strip()
    if _OWNED.match(phrase) or _OF.match(phrase):
        return "official"
    return None
