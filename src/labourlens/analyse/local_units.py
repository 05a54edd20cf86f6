"""Units of local government named by their kind ("the rural settlement", "the Nikolskoye village administration"):
whoever heads one speaks for the state (``official``), as a mayor or a district chief does. The words are the
knowledge file ``speaker_kinds.yaml`` (``local_government_units``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["local_unit"]


@lru_cache(maxsize=1)
def _unit_re() -> re.Pattern[str]:
    words = sorted((str(w) for w in (knowledge.load("speaker_kinds.yaml") or {}).get("local_government_units") or []),
                   key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    # "the rural settlement", "the Nikolskoye village administration", "the local settlement of Ust-Orda"
    return re.compile(rf"^(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){{0,2}}(?:local\s+)?(?:{alts})"
                      rf"(?:\s+of\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){{0,2}})?$", re.IGNORECASE)


@lru_cache(maxsize=256)
def local_unit(body: str) -> bool:
    """Is ``body`` a unit of local government named by its kind, with or without a place name?"""
    return _unit_re().match(body.strip()) is not None
