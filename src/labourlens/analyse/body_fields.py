"""One state body under two descriptions: "Prosecutors in Russia's Amur Oblast" and "The Amur Oblast prosecutor's
office", "police in Kazan" and "the Kazan police department": the same field of state work (prosecution, police,
labour inspection, migration, customs) in the same named place is one source (README: two bodies of different
fields are two sources; one field in one place is one)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["same_state_body"]

_FIELD = re.compile(r"\b(prosecut|procura|police|inspect|migration|customs|border\s+guard|investigat)\w*", re.IGNORECASE)
_CAPS = re.compile(r"\b[A-Z][\w-]+")
# one person of the body ("A PIP inspector", "an officer of the Kazan police"), not the body or its people
_ONE_PERSON = re.compile(r"^(?:an?|one)\s|\b(?:inspector|officer|prosecutor|official|investigator|agent|guard|spokes\w+)$",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    words = knowledge.load("speaker_kinds.yaml").get("admin_place_words") or []
    return frozenset(str(w).lower() for w in words) | frozenset(
        "the a an state federal regional city district national".split())


def _field(wording: str) -> str | None:
    m = _FIELD.search(wording)
    return m.group(1).lower().replace("procura", "prosecut") if m else None


_POSSESSIVE_END = re.compile(r"['\u2019]s$")


def _places(wording: str) -> set[str]:
    words = {_POSSESSIVE_END.sub("", w).lower() for w in _CAPS.findall(wording)}
    return {w for w in words if w not in _generic() and _FIELD.match(w) is None}


def same_state_body(np: str, wording: str) -> bool:
    """Do ``np`` and ``wording`` (both state bodies) name one field of state work in one named place?"""
    field = _field(np)
    if field is None or field != _field(wording) or any(_ONE_PERSON.search(w.split(",")[0]) for w in (np, wording)):
        # "A PIP inspector": a person of the body
        return False
    a, b = _places(np), _places(wording)
    return bool(a) and bool(b) and (a <= b or b <= a)
