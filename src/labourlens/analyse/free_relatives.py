"""Free relatives as subjects (extractor ``claims.v1``): "Whoever refuses the night shift is sent home", "whoever
says he is ill loses a day's pay, she said". The pronoun opens a rule about anyone at all, so it is never the speaker:
a transcript line keeps its label's speaker, a trailing tag its own."""

from __future__ import annotations

from typing import TypeVar

__all__ = ["FREE_RELATIVES", "free_relative", "unless_free_relative"]

T = TypeVar("T")

FREE_RELATIVES = ("whoever", "whomever", "whosoever")


def free_relative(wording: str | None) -> bool:
    """Is the speaker phrase a free relative pronoun ("Whoever")?"""
    return wording is not None and wording.strip().lower() in FREE_RELATIVES


def unless_free_relative(before: T, after: T | None) -> T | None:
    """``after`` (a speaker phrase a later reading gave), unless that reading made a free relative the speaker:
    then ``before`` ("Whoever says he is ill loses pay, she said": she, not "Whoever")."""
    wording = getattr(after, "wording", None)
    return before if isinstance(wording, str) and free_relative(wording) else after
