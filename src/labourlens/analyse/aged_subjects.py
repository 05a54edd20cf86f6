"""A definite role opening a sentence with an age in apposition ("The mill's owner, a 61-year-old local trader,
was charged on Monday."): the person is introduced, so that a following "he said" finds them rather than the
last speaker (used by :mod:`labourlens.analyse.introductions`)."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify

__all__ = ["aged_role_subject"]

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
