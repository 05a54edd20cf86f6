"""Head nouns of bodies and titles worded with a postpositive "General" ("the Consulate General in Almaty",
"the Attorney General", "the Inspector General of Police"): the office before "General" is the head, so that
"the consulate" or "the inspector" names that source again. The offices are data (knowledge/source_roles.yaml
``general_offices``)."""

from __future__ import annotations

from functools import cache

from labourlens import knowledge

__all__ = ["without_general"]


@cache
def _offices() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (knowledge.load("source_roles.yaml") or {}).get("general_offices") or [])


def without_general(words: list[str]) -> list[str]:
    """The lower-case words of a noun phrase's head chunk without a closing "general" that follows an office
    ("consulate general" -> "consulate"); other words as they are ("a retired general")."""
    if len(words) > 1 and words[-1] == "general" and words[-2] in _offices():
        return words[:-1]
    return words
