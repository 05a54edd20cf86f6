"""Hedges, polarity (denials), unconfirmed notes and hypotheticals.

Lexicons live in ``knowledge/hedges.yaml``; they are compiled once per process.
Negated *conditions* ("cannot leave", "have not been paid") describe an abuse and
are not denials: only refutations ("denied that", "there are no North Korean
workers", "no evidence that") make a claim ``negated``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from labourlens import knowledge

__all__ = ["find_hedges", "is_unconfirmed", "is_denial", "is_hypothetical", "plain", "EXTRACTOR"]

EXTRACTOR = "hedges.v1"

_PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "\u00a0": " "})


@lru_cache(maxsize=1024)
def plain(text: str) -> str:
    """Curly quotes and dashes made plain (same length as the input). Cached: every stage
    asks for the same sentences."""
    return text.translate(_PLAIN)


@lru_cache(maxsize=1024)
def _low(text: str) -> str:
    return plain(text).lower()


@dataclass(frozen=True)
class _Lexicon:
    hedges: re.Pattern[str]
    unconfirmed: re.Pattern[str]
    denials: re.Pattern[str]
    hypothetical: re.Pattern[str]


def _compile(items: list[str]) -> re.Pattern[str]:
    alts = "|".join(f"(?:{item})" for item in items)
    return re.compile(rf"\b(?:{alts})(?!\w)")  # matched against lower-cased text (faster than IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = knowledge.load("hedges.yaml") or {}
    return _Lexicon(
        hedges=_compile(data.get("hedges", [])),
        unconfirmed=_compile(data.get("unconfirmed", [])),
        denials=_compile(data.get("denials", [])),
        hypothetical=_compile(data.get("hypothetical", [])),
    )


def find_hedges(text: str) -> list[str]:
    """Hedge cues in ``text``, lower-cased, in order, without duplicates."""
    seen: list[str] = []
    for m in _lexicon().hedges.finditer(_low(text)):
        cue = m.group(0).strip().lower()
        if cue and cue not in seen:
            seen.append(cue)
    return seen


def is_unconfirmed(text: str) -> bool:
    """Does the sentence say that something could not be verified?"""
    low = text.lower()
    if "verif" not in low and "confirm" not in low and "corroborat" not in low and "unclear" not in low:
        return False
    return bool(_lexicon().unconfirmed.search(_low(text)))


@lru_cache(maxsize=1024)
def denial_cue(text: str) -> str | None:
    """The denial or refutation cue in ``text``, if any (cached: claims asks twice per sentence)."""
    m = _lexicon().denials.search(_low(text))
    return m.group(0) if m else None


def is_denial(text: str) -> bool:
    return denial_cue(text) is not None


@lru_cache(maxsize=1024)
def is_hypothetical(text: str) -> bool:
    """A plan, risk, definition or rule rather than an observation (cached: asked twice per sentence)."""
    return bool(_lexicon().hypothetical.search(_low(text)))
