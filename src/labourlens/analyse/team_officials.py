"""A named person who leads or coordinates a state inspection's team ("Ana Ruiz, the auditor who led the team", "the
team's coordinator, Ana Ruiz", "Ana Ruiz, who coordinated the operation", "Ana Ruiz, an auditor on the team") in a
report that has already named the team as the state's (a federal inspection team, labour auditors or labour inspectors
at work): the person speaks in the state's name, ``official`` (README product decision: inspectors named or not).
Without such a team named before, a bare "auditor" or "coordinator" stays a person: a brand's auditor, a charity's
coordinator. Called from :func:`labourlens.analyse.officials_there.officials_there`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.model import Source

__all__ = ["team_officials"]

# the state's inspection named in the text: "a federal inspection team", "labour auditors", "labour inspectors"
_STATE_TEAM = re.compile(r"\b(?:inspection\s+(?:team|teams|unit|squad|operation|operations|group)|"
                         r"labou?r\s+(?:tax\s+)?(?:auditors?|inspectors?|inspectorate)|auditor(?:a|es)?-fisca(?:l|is))\b",
                         re.IGNORECASE)
_TEAM = r"(?:team|operation|inspection|raid|rescue|mission)"
# the role in the speaker's wording: an auditor, or whoever leads, heads or coordinates the team
_ROLE = re.compile(r"(?:^|,\s*)(?:the|an?)\s+(?:(?:senior|chief|lead|field)\s+)?auditor\b"
                   rf"|\bwho\s+(?:led|leads|headed|heads|coordinated|coordinates|co-ordinated|co-ordinates|ran|runs)\s+"
                   rf"the\s+(?:\w+\s+)?{_TEAM}\b"
                   rf"|^the\s+{_TEAM}['\u2019]s\s+(?:coordinator|co-ordinator|leader|head|chief)\b"
                   rf"|(?:^|,\s*)the\s+(?:coordinator|co-ordinator|leader|head|chief)\s+of\s+the\s+(?:\w+\s+)?{_TEAM}\b",
                   re.IGNORECASE)
# a body that owns the role is named in the wording ("the auditor from Northgate Audits", "Veritas's auditor")
_OWNED = re.compile(r"\b(?:from|of|for|with|at)\s+(?-i:[A-Z])|[\w-]+(?<!team)(?<!operation)['\u2019]s\s", re.IGNORECASE)


def team_officials(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each named person who leads a state inspection's team, or audits on it, made ``official``."""
    out: list[Source] = []
    for s in sources:
        wording = (s.wording or "").strip()
        if s.kind == "named_person" and s.spans and _ROLE.search(wording) and not _OWNED.search(wording) \
                and _STATE_TEAM.search(text, 0, min(s.spans)[0]):
            s = replace(s, kind="official")
        out.append(s)
    return out
