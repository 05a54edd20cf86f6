"""A worker's whereabouts or post told as an introduction, no claim: "My wife and I work at a quarry outside Kota.",
"I am a loader at a quarry.", "I am phoning from a brick field on the highway.", "Her son works in a mill in the next
district.", "I worked on the looms." Callers, posters and witnesses open with where they are and what they do before
they say what happens to them; the sentence says nothing about their conditions. Only a sentence of that shape alone
(no cue of an indicator, which the caller checks) is read so: "I am in a mill where the doors are shut" goes on
past the place, and stays a claim. (s388) A casework file's verbless line on whom a case is about ("A Nepali man, 31,
at a cable plant in Kulim.") is such an introduction too; :mod:`labourlens.analyse.case_intros` reads those lines."""

from __future__ import annotations

import re

from labourlens.analyse.case_intros import case_intro

__all__ = ["whereabouts"]

# a transcript's or chat's label before the words: "CALLER 2 (no name given): ", "[06:20] Ravi (field): "
# ((s388) or a reply's handle: "@dock_rat_7: ")
_LABEL = re.compile(r"^\s*(?:\[[\d:]{4,8}\]\s*)?(?:[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,3}\s*(?:\([^)]{1,40}\))?\s*:\s+|"
                    r"@[A-Za-z0-9_.]{2,30}\s*:\s+)?")
# a vocative before the subject: "Sir, I am ...", "Madam, my son works ..."
_VOCATIVE = r"(?:[A-Z][a-z]+,\s+)?"
_SUBJECT = (r"(?:I|We|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:husband|wife|son|sons|daughter|daughters|"
            r"brother|brothers|sister|sisters|father|mother|cousin|cousins|uncle|family|parents|children)"
            r"(?:\s+[A-Z][a-z]+)?(?:\s+and\s+I)?|"
            # (s42) a friend or a roommate, perhaps by home town: "My friend from Pokhara worked at ..."
            r"(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:friend|friends|roommate|roommates|neighbour|neighbor)"
            r"(?:\s+[A-Z][a-z]+)?(?:\s+from\s+[A-Z][\w-]+)?)")
# (s388) or the one the thread or the story is about: "Our son works at this factory.", "My aunt worked at one of the
# kilns."
_WORKPLACE = r"(?:a|an|the|one|that|this|another|a\s+different|(?:one|some)\s+of\s+(?:those|these|the))\s+(?:[\w-]+\s+){0,2}?"
_WHERE = re.compile(
    rf"^{_VOCATIVE}{_SUBJECT}\s+(?:am|is|are|was|were|work|works|worked|have\s+been|has\s+been)\s+"
    rf"(?:(?:calling|phoning|writing|speaking)\s+from\s+|(?:an?\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:at|in|on)\s+|at\s+|in\s+|on\s+)"
    rf"{_WORKPLACE}(?:kiln|kilns|factory|mill|quarry|farm|plantation|garden|estate|mine|looms?|frames?|boat|vessel|"
    r"workshop|field|brick\s+field|site|shed|sheds|warehouse|restaurant|hotel|salon|bakery|dairy|shipyard|yard|"
    r"construction\s+site|machines?|lines?|plants?|mills|factories)\b"
    # where it is: "near Sitapur", "in Sindh, Thatta side", "on the Agra road"
    r"(?:\s+(?:near|in|on|outside|at|by|off)\s+[^.;:!?\"\u201c\u201d]{1,50})?\s*[.!]?\s*$")



def whereabouts(text: str) -> bool:
    """Is the sentence only a worker's whereabouts or post ("My son works at a quarry outside Kota.")?"""
    body = text[_LABEL.match(text).end():] if _LABEL.match(text) else text  # type: ignore[union-attr]
    return len(body) < 120 and _WHERE.match(body.strip()) is not None or case_intro(body.strip())
