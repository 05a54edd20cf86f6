"""Investigators of a criminal case (used by :mod:`labourlens.analyse.forum_posts`, the last pass of the attribution).

Bare "investigators" are anyone who looks into something: a rights group's field team, a journalist's, a private
firm's. In a report of a criminal case, though ("the indictment in a criminal case", "charged under Article 127.2
of the Criminal Code", "the prosecutor's office said"), "According to investigators" and "Investigators believe"
are the state's: the police or the investigative committee that built the case (main README, Quality: people
speaking for a state body, police and prosecutors are ``official``). A team the text gives an owner ("the
group's investigators", "investigators from Harbour Watch") is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.model import Source

__all__ = ["case_investigators"]

_BARE = re.compile(r"^(?:the\s+)?(?:police\s+|criminal\s+|state\s+|federal\s+|regional\s+)?investigators?$", re.IGNORECASE)
# the text is about a criminal case the state brought
_CASE = re.compile(r"\b(?:criminal\s+(?:case|investigation|proceedings|charges?)|indictment|indicted|Criminal\s+Code|"
                   r"prosecutor(?:'s|s)?\s+office|public\s+prosecutor|charged\s+(?:with|under)|pre-trial\s+detention|"
                   r"investigative\s+committee)\b", re.IGNORECASE)


def case_investigators(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with bare "investigators" read as the state's when the text reports a criminal case."""
    if not any(s.kind == "anonymous_source" and _BARE.match((s.wording or "").strip()) for s in sources) \
            or _CASE.search(text) is None:
        return list(sources)
    return [replace(s, kind="official") if s.kind == "anonymous_source" and _BARE.match((s.wording or "").strip()) else s
            for s in sources]
