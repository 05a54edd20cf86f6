"""An interview's introduction that names the person asked by what they do: "The Weekly spoke to Ana Ruiz, a lawyer
who represents ...", "Our reporter talked with Dr Karin Lind, an economist at ...". The answers of the "Q:"/"A:" turns
that follow are that person's, not the one who spoke to them (the outlet or the reporter, the subject of "spoke").
Used by :func:`labourlens.analyse.qa_frames.framed_answerer`; a bare "He spoke to Harbour & Hinterland in Seoul"
(no role after the name) stays a visit, not a frame."""

from __future__ import annotations

import re

__all__ = ["described_interviewee"]

# "spoke to NAME, a lawyer", "talked with NAME, the founder of": the name, a comma, an article and a lower-case word
_DESCRIBED = re.compile(
    r"(?:[Ss]poke|[Ss]poken|[Tt]alked|[Ss]peak|[Tt]alk)[ \t]+(?:to|with)[ \t]+[^,.;:\n]{2,60}?,[ \t]+"
    r"(?:an?|the)[ \t]+(?:[a-z][\w'\u2019-]*[ \t]+){0,3}?(?P<role>[a-z][\w'\u2019-]{2,})\b")


def described_interviewee(text: str, at: int) -> bool:
    """Does the "spoke to" frame found at offset ``at`` name its person with a role in apposition ("spoke to Ana Ruiz,
    a lawyer who ...")?"""
    return _DESCRIBED.match(text, at) is not None
