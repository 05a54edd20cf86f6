"""Names of unions, associations and collectives in Spanish, Portuguese, Italian and French, for
:func:`labourlens.analyse.speaker_kinds.kind_of`: a name that opens with a body's noun ("Sindicato", "Associação",
"Coordinamento") or with a plural noun for the people a group speaks for ("Mujeres", "Trabalhadoras"), then "de",
"del", "da", "do", "di", "des" or "du" and a capitalised word ("Sindicato de Jornaleros del Poniente", "Mujeres del
Surco"), is a body's, ``organization``, never a person's "first name del surname". The words are in
``knowledge/speaker_kinds.yaml`` (``romance_body_heads``, ``romance_people_heads``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["romance_body_kind"]

_SHAPE = re.compile(r"^(?:(?i:the)\s+)?(?P<head>[A-Z\u00c0-\u00de][^\W\d_]+)\s+(?:de|del|de\s+la|de\s+los|de\s+las|da|do|das|dos|di|"
                    r"dei|degli|delle|della|des|du|de\s+l['\u2019])\s*[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u024f-]*"
                    r"(?:\s+(?:[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u024f-]*|de|del|da|do|das|dos|di|dei|della|des|du|y|e|et|la|los|las))*$")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    return frozenset(str(w).lower() for key in ("romance_body_heads", "romance_people_heads") for w in data.get(key) or ())


_FIRM_SHAPE = re.compile(r"^(?:(?i:the)\s+)?(?P<head>[A-Z\u00c0-\u00de][^\W\d_]+)(?:\s+(?:(?:de|du|des|del|da|do|di|la|le|et|y|e)"
                         r"\s+)*[A-Z\u00c0-\u00de][\w'\u2019\u00c0-\u024f-]*){1,5}$")


@lru_cache(maxsize=1)
def _firm_heads() -> frozenset[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    return frozenset(str(w).lower() for w in data.get("romance_firm_heads") or ())


def romance_body_kind(first: str) -> str | None:
    """``organization`` for a body's name in the shape above (``first``: the speaker phrase before its first comma),
    or a firm's or cooperative's name with no "de" ("Société Minière Kalima", "Coopérative Agricole Wend-Kuuni")."""
    if (firm := _FIRM_SHAPE.match(first.strip())) is not None and (
            firm.group("head").lower() in _firm_heads()
            or " ".join(first.strip()[firm.start("head"):].split()[:2]).lower() in _firm_heads()):
        return "organization"
    if " d" not in first:
        return None
    m = _SHAPE.match(first.strip())
    return "organization" if m is not None and m.group("head").lower() in _heads() else None
