"""A press briefing's header line that names who answers its "A:" lines: "Spokesperson: Luo Ping",
"Spokeswoman: Ana Ruiz", "Briefer: Ana Ruiz", "Interviewee: Kim Ok-sun" (a line of its own, the name alone after
the role), for :func:`labourlens.analyse.interviewees.interviewee_at`. A spokesperson keeps the role in the
wording ("Spokesperson Luo Ping"): the kind follows the role, not the bare name."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import NAME_WORD

__all__ = ["BRIEFER_HEAD", "briefer_wording"]

_NAME = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:{NAME_WORD})(?:[ \t]+(?:{NAME_WORD})){{1,2}}"
# the role opens the line, the person's full name ends it (or a comma, a bracket before a post)
BRIEFER_HEAD = re.compile(
    rf"^[ \t]*(?:(?P<name>(?:[Ss]pokes(?:person|man|woman)|SPOKES(?:PERSON|MAN|WOMAN))[ \t]*:[ \t]*{_NAME})"
    rf"|(?:Briefer|BRIEFER|Interviewee|INTERVIEWEE|Respondent|Answering[ \t]+questions)[ \t]*:[ \t]*"
    rf"(?P<sworn>{_NAME}))(?=[ \t]*(?:[,(]|$))", re.MULTILINE)
_ROLE_COLON = re.compile(r"[ \t]*:[ \t]*")


def briefer_wording(name: str) -> str:
    """The wording of a header's spokesperson: "Spokesperson: Luo Ping" -> "Spokesperson Luo Ping"."""
    return _ROLE_COLON.sub(" ", name, count=1)
