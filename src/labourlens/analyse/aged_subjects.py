"""A definite role opening a sentence with an age in apposition ("The mill's owner, a 61-year-old local trader,
was charged on Monday."): the person is introduced, so that a following "he said" finds them rather than the
last speaker (used by :mod:`labourlens.analyse.introductions`)."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify

__all__ = ["aged_role_subject", "without_age_clause"]

# "The farm's manager, 44,", "The kiln owner, aged 60,", "The boat's captain, a 38-year-old from Surat,"
_AGED_ROLE = re.compile(
    r"^\s*(?P<np>The\s+(?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w-]*),\s+"
    r"(?:\d{2},|aged\s+\d{2}\b|an?\s+\d{2}-year-old\b(?!\s+(?:company|firm|business|factory|plant|mill|farm|"
    r"enterprise|group|organi[sz]ation)\b))")


def aged_role_subject(text: str) -> tuple[str, int] | None:
    """``(role phrase, offset)`` of a definite role given an age in apposition at the opening of ``text``."""
    m = _AGED_ROLE.match(text) if text[:4] == "The " or text[:1] == " " else None
    if m is None or classify(m.group("np")) not in ("anonymous_source", "organization"):
        return None
    return m.group("np"), m.start("np")


# (s34) "Song, 29, who reached Seoul in March and gave only a family name", "Ana Lind, 52, who runs a
# shelter": a name, an age, then a relative clause about the person; the speaker is the name
_AGED_NAME_CLAUSE = re.compile(r"^(?P<name>[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){0,3}),\s+(?:aged\s+)?\d{1,2},\s+"
                               r"(?:who|whose)\s")


def without_age_clause(wording: str) -> str:
    """A named speaker phrase without the age and relative clause after the name (see above)."""
    m = _AGED_NAME_CLAUSE.match(wording) if ", " in wording else None
    return m.group("name") if m is not None and classify(m.group("name")) == "named_person" else wording
