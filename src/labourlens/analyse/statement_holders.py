"""The people whose statements a report goes by: "According to the applicants' statements, ..." is the applicants
speaking, as "According to the claimants, ..." is. A possessive before a word for what people declared hands the
attribution to its holder when the holder is a person or a group of people; a document's or a body's own
statements ("the ministry's statements") are left to the finders that read bodies."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify

__all__ = ["holder_or_self", "statement_holder"]

# "the applicants' written statements", "Ms Ruiz's statement to the court"
_HOLDER = re.compile(r"^(?P<who>[^,;:'\u2019]{2,60}?)['\u2019]s?\s+(?:own\s+|written\s+|sworn\s+|oral\s+)?"
                     r"(?:statements?|declarations?|complaints?|depositions?)(?:\s+to\s+[\w ]{2,30})?$", re.IGNORECASE)
_PEOPLE = frozenset(("anonymous_source", "named_person"))


def statement_holder(np: str) -> str | None:
    """The person or group whose statements ``np`` names ("the claimants' statements" -> "the claimants");
    None when ``np`` is no such phrase or its holder is no person."""
    m = _HOLDER.match(np.strip())
    if m is None:
        return None
    who = m.group("who").strip()
    return who if classify(who) in _PEOPLE else None


def holder_or_self(np: str) -> str:
    """The holder of the statements ``np`` names, else ``np`` itself (an "according to" phrase as the finder read it)."""
    return statement_holder(np) or np
