"""Broadcast transcript labels that name a voice heard on tape rather than a person in the studio: "VOICE OF
WORKER (translated):", "VOICE OF GUARD:" (not "VOICE-OVER:", the programme's own). The turn is the person the
label names ("worker"), for :func:`labourlens.analyse.interviewees.label_person`."""

from __future__ import annotations

import re

__all__ = ["voice_of"]

_VOICE_OF = re.compile(r"^voices?\s+of\s+(?:an?\s+|the\s+)?(?P<who>\S.*)$", re.IGNORECASE)


def voice_of(label: str) -> str | None:
    """The person a "VOICE OF ..." label names ("VOICE OF WORKER" -> "WORKER"), else None."""
    if label[:5].lower() != "voice":  # speed: nearly every label opens otherwise
        return None
    m = _VOICE_OF.match(label.strip())
    return m.group("who") if m is not None else None
