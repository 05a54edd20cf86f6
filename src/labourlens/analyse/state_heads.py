"""Relative clauses that make a named person the head of a body, for
:func:`labourlens.analyse.speaker_roles` (whether that body is the state's is decided there):

- a body headed now: "Olsen, who heads the regional labour inspectorate", "..., who is in charge of the unit";
- one operation of the state led in the past: "Ana Ruiz, who led the inspection team that boarded the ship",
  "Jon Pryce, who headed the police raid on the farm". A standing office once held ("who headed the inspectorate
  until 2019") is a former official's and is not read so.

Examples are invented."""

from __future__ import annotations

import re

__all__ = ["HEADS", "led_operation"]

HEADS = re.compile(r"\bwho\s+(?:now\s+)?(?:heads|leads|runs|chairs|directs|oversees|is\s+in\s+charge\s+of)\s+"
                   r"(?P<body>[^,;:\"]{3,80})")
# the body is one team or operation: a team, an inspection, a raid, a mission, a delegation, a boarding party
_LED = re.compile(r"\bwho\s+(?:led|headed)\s+(?P<body>(?:the|an?)\s+[^,;:\"]{0,40}?\b(?:team|teams|inspection|inspections|"
                  r"raid|raids|operation|mission|delegation|boarding\s+party)\b[^,;:\"]{0,60})")


def led_operation(phrase: str) -> re.Match[str] | None:
    """ "who led the inspection team that ...": the match, its ``body`` group the team or operation; None otherwise."""
    return _LED.search(phrase)
