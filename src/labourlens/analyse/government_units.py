"""A unit of a government named through it: "the provincial government's transport committee", "the city
government's migration commission", "the labour committee of the regional government". Whatever the unit's own noun (a
"committee" or a "council" alone may be a group's), the government that owns it makes it the state's, so the unit
and a person heading it speak as ``official``. Only body nouns count ("the government's critics" are no unit of
it); examples are invented.

(s45) So is a committee on child labour, child protection or trafficking named by the tier of the state it sits at
("the regional child-protection committee", "Ghana's national child-labour monitoring committee", "the district
anti-trafficking committee"), as West African states set them up at each level: a state body. A committee of no tier
("the village child-protection committee", "the union's committee") stays what the other readers make it."""

from __future__ import annotations

import re

__all__ = ["government_unit_kind"]

_UNIT = (r"(?:committee|commission|council|department|office|agency|service|bureau|unit|team|directorate|division|"
         r"board|inspectorate|secretariat)s?")
_GOVERNMENT = r"(?:(?:regional|city|provincial|state|federal|local|district|municipal|national|central|krai|oblast|county)\s+)?government"
_OWNED = re.compile(rf"^(?:the\s+|a\s+|an\s+)?{_GOVERNMENT}['\u2019]s\s+(?:[\w-]+\s+){{0,3}}?{_UNIT}$", re.IGNORECASE)
_OF = re.compile(rf"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{_UNIT}\s+of\s+the\s+{_GOVERNMENT}$", re.IGNORECASE)


_TIER = r"(?:regional|national|district|provincial|departmental|prefectoral|county|municipal|state|federal)"
_TIERED_COMMITTEE = re.compile(
    rf"^(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?(?:['\u2019]s)?\s+)?{_TIER}\s+"
    r"(?:[\w-]+\s+){0,2}?(?:child|children's|anti-trafficking|trafficking|child-labou?r|child-protection)\b[\w\s-]{0,40}?"
    r"\bcommittees?$", re.IGNORECASE)


def government_unit_kind(text: str) -> str | None:
    """``official`` for a government's unit named through the government (see the module doc), else None."""
    phrase = text.strip()
    if _OWNED.match(phrase) or _OF.match(phrase) or _TIERED_COMMITTEE.match(phrase):
        return "official"
    return None
