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


# a broadcast transcript's bracketed label for a voice played from tape, the person first and notes after a comma:
# "[Recording, second picker, name withheld]:", "[Audio, the agent, translated from Thai]:", "[Tape: second guard]:"
_TAPE = re.compile(r"^\s*\[(?:Recording|Recorded\s+call|Audio|Tape|Clip|Phone\s+call)\s*[,:]\s*"
                   r"(?P<who>(?:the\s+|an?\s+)?[a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*){0,2})\s*(?:,[^\]\n]{1,60})?\]\s*:\s+(?=\S)")
# the article before the person's noun ("the agent": "agent")
_ARTICLE = re.compile(r"^(?:the|an?)\s+")


def tape_label(text: str) -> tuple[str, int, int] | None:
    """(wording, start, end) of the person a bracketed tape label names ("[Recording, first worker]: ..." -> "first
    worker"), when the words name a person by what they are (:func:`labourlens.analyse.interviewees.label_person`)."""
    if text.lstrip()[:1] != "[":  # speed
        return None
    m = _TAPE.match(text)
    if m is None:
        return None
    from labourlens.analyse.interviewees import label_person  # noqa: PLC0415 - interviewees imports this module
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - kept out of the import of the label words

    who = m.group("who")
    bare = _ARTICLE.sub("", who)
    if label_person(bare.upper()) is None and classify(f"a {bare}") != "anonymous_source":  # "[Audio, the agent]:"
        return None
    return who, m.start("who"), m.end("who")
