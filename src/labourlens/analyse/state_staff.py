"""A named member of a state body given with the body's possessive and a role ("the Harbour Authority's compliance
manager, Ana Ruiz", "Ana Ruiz, the Labour Department's regional manager"), for
:func:`labourlens.analyse.speaker_kinds.kind_of`: such a person speaks in the body's name, an ``official`` (README:
government bodies and anyone speaking in their name, named or not). A researcher or analyst of the body keeps
speaking as a person, and so does anyone whose body is not the state's. Examples here and in the tests are
invented."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["state_staff_kind"]

_OWNER = r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?[A-Z][\w&'\u2019-]*){0,5})['\u2019]s?"
# (s45) after the name, a state body by its common noun too ("Ana Ruiz, the ministry's regional director"; before the
# name, "the ministry's camp manager, X" is left as it was read)
_COMMON_OWNER = (r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?[A-Z][\w&'\u2019-]*){0,5}"
                 r"|(?:[a-z]+\s+)?(?:ministry|inspectorate|directorate|prefecture|gendarmerie|governorate))['\u2019]s?")
# (s45) the role may end on the area it covers: "regional director for the Cascades", "head of office in Kayes"
_ROLE = (r"(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?:\s+(?:for|in)\s+(?:the\s+)?[A-Z][\w'\u2019-]*"
         r"(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:\s+region)?)?")
_NAME = r"(?P<name>(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})"
_ROLE_FIRST = re.compile(rf"^{_OWNER}\s+{_ROLE},?\s+{_NAME}$")
_NAME_FIRST = re.compile(rf"^{_NAME},\s+{_COMMON_OWNER}\s+{_ROLE}$")
# roles that speak as a person even inside a state body (README: named researchers are people)
_PERSONAL = re.compile(r"\b(?:research\w*|analyst|economist|scientist|academic|fellow|author|former|ex-\w+|retired)\b")


def state_staff_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``official`` for a named person given as holding a role in a state body by the body's possessive, else None."""
    if "'" not in text and "\u2019" not in text:
        return None
    t = text.strip()
    m = _ROLE_FIRST.match(t) or _NAME_FIRST.match(t)
    if m is None or _PERSONAL.search(m.group("role")):
        return None
    if classify(m.group("name")) != "named_person" or classify(m.group("owner")) != "official":
        return None
    return "official"
