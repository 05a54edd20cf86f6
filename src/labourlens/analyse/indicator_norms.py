"""Statements of a norm, not of an event (DOMAIN.md Annex B, "generic / definitional"): "Holding a worker's
passport is illegal in Qatar", "The law says the worker keeps his passport", "employers who confiscate
passports face fines". The indicator words in them describe the rule, not what happened to anyone, so the
hits in their clause are dropped (no indicator and no negation: the claim asserts no abuse and denies
none). A hit across a contrast ("it is illegal, but the agency kept them all") stays. The patterns are
knowledge (``norms`` in ``knowledge/indicators.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import Gated, gated
from labourlens.errors import ConfigError
from labourlens.model import IndicatorHit

__all__ = ["norm_spans", "drop_norms"]

_GATE = ("illegal", "unlawful", "law", "offen", "crime", "punishable", "outlaw", "prohibit", "forbid", "fine",
         "penalt", "prosecut", "jail", "prison", "code", "legislation", "statute", "constitution", "convention",
         "banned", "up to", "defined")  # one is in every pattern's match
_CONTRAST = re.compile(r"\b(?:but|yet|however|although|though|while|whereas|still|despite|nevertheless)\b|;")
_CONCESSIVE = re.compile(r"\b(?:although|though|while|despite|even if|whereas)\b")


@lru_cache(maxsize=1)
def _patterns() -> Gated | None:
    data = knowledge.load("indicators.yaml")
    cues = (data.get("norms") or []) if isinstance(data, dict) else []
    if not cues:
        return None
    try:
        return gated("|".join(f"(?:{c})" for c in cues))  # (gated: the literal gate is often stronger than _GATE)
    except re.error as e:
        raise ConfigError(f"bad pattern under 'norms' in knowledge/indicators.yaml ({e}); "
                          "fix the regular expression") from e


def norm_spans(low: str) -> list[tuple[int, int]]:
    """Character spans of the norm statements in the lower-case sentence ``low``."""
    pattern = _patterns()
    if pattern is None or not any(g in low for g in _GATE):
        return []
    return [m.span() for m in pattern.finditer(low)]


def drop_norms(hits: list[IndicatorHit], low: str, offset: int = 0) -> list[IndicatorHit]:
    """``hits`` (at ``offset`` + positions in ``low``) without those in the clause of a norm statement."""
    if not hits:
        return hits
    spans = norm_spans(low)
    if not spans:
        return hits
    kept: list[IndicatorHit] = []
    for h in hits:
        start, end = h.start - offset, h.end - offset
        if all(_apart(low, s, e, start, end) for s, e in spans):
            kept.append(h)
    return kept


def _apart(low: str, s: int, e: int, start: int, end: int) -> bool:
    """Whether a hit (``start``-``end``) lies outside the clause of the norm statement at ``s``-``e``: a
    contrast between them ("it is illegal, but they kept them"), or a norm told as a concession before the
    main clause ("Although holding passports is illegal, the agency kept them all")."""
    if _CONTRAST.search(low[min(e, end):max(s, start)]):
        return True
    return start >= e and bool(_CONCESSIVE.search(low, max(0, s - 40), s)) and "," in low[e:start]
