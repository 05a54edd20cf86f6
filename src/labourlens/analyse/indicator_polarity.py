"""Polarity of indicator hits within one sentence, after the rules have matched
(:mod:`labourlens.analyse.indicators`).

One structural correction:

* a justification of the practice ("kept for safekeeping at the workers' own request") presents
  it as consented to, which is how employers deny it: hits of the justified indicator count as
  negated. The cues are knowledge (``justified`` in ``knowledge/indicators.yaml``); a cue in scare
  quotes ("for 'safekeeping'") is the writer doubting the excuse, not making it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.errors import ConfigError
from labourlens.model import INDICATORS, IndicatorHit

__all__ = ["settle", "justified"]

_QUOTES = "\"'\u2018\u2019\u201c\u201d"
_GATE = ("request", "wish", "consent", "agreement", "demand", "ask", "want", "voluntar")  # one is in every cue


@lru_cache(maxsize=1)
def _justifications() -> dict[str, re.Pattern[str]]:
    data = knowledge.load("indicators.yaml")
    table = data.get("justified") or {} if isinstance(data, dict) else {}
    out: dict[str, re.Pattern[str]] = {}
    for indicator, cues in table.items():
        if indicator not in INDICATORS:
            raise ConfigError(f"unknown indicator '{indicator}' under 'justified' in knowledge/indicators.yaml; "
                              f"use one of {INDICATORS}")
        try:
            out[indicator] = re.compile(rf"(?<![\w{_QUOTES}])(?:{'|'.join(str(c) for c in cues)})(?![\w{_QUOTES}])")
        except re.error as e:
            raise ConfigError(f"bad pattern under 'justified.{indicator}' in knowledge/indicators.yaml ({e}); "
                              "fix the regular expression") from e
    return out


def justified(low: str) -> dict[str, list[tuple[int, int]]]:
    """Per indicator, the character spans where the (lower-case) sentence ``low`` justifies its
    practice as consented to."""
    out: dict[str, list[tuple[int, int]]] = {}
    if any(c in low for c in _GATE):
        for ind, pattern in _justifications().items():
            spans = [m.span() for m in pattern.finditer(low)]
            if spans:
                out[ind] = spans
    return out


_CONTRAST = re.compile(r"\b(?:but|yet|however|although|though|while|whereas|still)\b|;")


def settle(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
           offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(counted hits, negated hits) of one sentence (``low``, lower case; hits at ``offset`` + positions
    in it) after the correction above: a justification counts for the hits of its clause, not across
    "but" ("overtime is voluntary, but the crews worked fourteen hours")."""
    if not hits:
        return hits, negated
    excused = justified(low)
    if not excused:
        return hits, negated
    kept: list[IndicatorHit] = []
    for h in hits:
        start, end = h.start - offset, h.end - offset
        # (the text from the earlier span's end to the later one's start; none when they overlap)
        if any(not _CONTRAST.search(low[min(e, end):max(s, start)]) for s, e in excused.get(h.indicator, ())):
            negated.append(h)
        else:
            kept.append(h)
    return kept, negated
