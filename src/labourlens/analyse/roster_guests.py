"""A broadcast's cast line that names its guest ("Host: Ivan Petrov. Guest: Lena Sokolova, researcher with Trud
Watch.", "GUEST: Lena Sokolova"): the plain "A:" answers that follow are that guest's, so the interviewee is the name
given, never "the guest". Used by :func:`labourlens.analyse.interviewees.interviewee_at`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import NAME_WORD

__all__ = ["GUEST_HEAD", "guest_named"]

_NAME = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:{NAME_WORD})(?:[ \t]+(?:{NAME_WORD})){{1,2}}"
# a guest given by one name only, her age after it ("Guest: Amina, 31, back from Dubai"): the name is the person
_AGED_GIVEN = rf"(?:{NAME_WORD})(?=[ \t]*,[ \t]*\d{{2}}\b)"
# the label opens a line, or follows the host's entry on the same line ("Host: X. Guest: Y"); the guest's full name
# (two or three words) ends at a comma, a full stop, a bracket or the end of the line
GUEST_HEAD = re.compile(
    rf"(?:^|[.;|][ \t]+)[ \t]*(?:GUEST|Guest|Our[ \t]+guest|In[ \t]+the[ \t]+studio)[ \t]*:[ \t]*"
    rf"(?P<name>{_NAME}|{_AGED_GIVEN})(?=[ \t]*(?:[,.;(]|$))", re.MULTILINE)


def guest_named(line: str) -> str | None:
    """The person a cast line names as the guest ("Guest: Lena Sokolova, researcher ..."), when the name reads as a
    person's; None for a guest's spoken line ("GUEST: We slept in containers.")."""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports the interview modules

    m = GUEST_HEAD.match(line.strip())
    return m.group("name") if m is not None and classify(m.group("name")) == "named_person" else None
