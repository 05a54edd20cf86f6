"""A worker's whereabouts or post told as an introduction, no claim: "My wife and I work at a quarry outside Kota.",
"I am a loader at a quarry.", "I am phoning from a brick field on the highway.", "Her son works in a mill in the next
district.", "I worked on the looms." Callers, posters and witnesses open with where they are and what they do before
they say what happens to them; the sentence says nothing about their conditions. Only a sentence of that shape alone
(no cue of an indicator, which the caller checks) is read so: "I am in a mill where the doors are shut" goes on
past the place, and stays a claim."""

from __future__ import annotations

import re

__all__ = ["whereabouts"]

# a transcript's or chat's label before the words: "CALLER 2 (no name given): ", "[06:20] Ravi (field): "
_LABEL = re.compile(r"^\s*(?:\[[\d:]{4,8}\]\s*)?(?:[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,3}\s*(?:\([^)]{1,40}\))?\s*:\s+)?")
# a vocative before the subject: "Sir, I am ...", "Madam, my son works ..."
_VOCATIVE = r"(?:[A-Z][a-z]+,\s+)?"
_SUBJECT = (r"(?:I|We|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:husband|wife|son|sons|daughter|daughters|"
            r"brother|brothers|sister|sisters|father|mother|cousin|cousins|uncle|family|parents|children)"
            r"(?:\s+[A-Z][a-z]+)?(?:\s+and\s+I)?)")
_WORKPLACE = r"(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?"
_WHERE = re.compile(
    rf"^{_VOCATIVE}{_SUBJECT}\s+(?:am|is|are|was|were|work|works|worked|have\s+been|has\s+been)\s+"
    rf"(?:(?:calling|phoning|writing|speaking)\s+from\s+|(?:an?\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:at|in|on)\s+|at\s+|in\s+|on\s+)"
    rf"{_WORKPLACE}(?:kiln|kilns|factory|mill|quarry|farm|plantation|garden|estate|mine|looms?|frames?|boat|vessel|"
    r"workshop|field|brick\s+field|site|shed|sheds|warehouse|restaurant|hotel|salon|bakery|dairy|shipyard|yard|"
    r"construction\s+site|machines?|lines?)\b"
    # where it is: "near Sitapur", "in Sindh, Thatta side", "on the Agra road"
    r"(?:\s+(?:near|in|on|outside|at|by|off)\s+[^.;:!?\"\u201c\u201d]{1,50})?\s*[.!]?\s*$")


def whereabouts(text: str) -> bool:
    """Is the sentence only a worker's whereabouts or post ("My son works at a quarry outside Kota.")?"""
    body = text[_LABEL.match(text).end():] if _LABEL.match(text) else text  # type: ignore[union-attr]
    return len(body) < 120 and _WHERE.match(body.strip()) is not None
