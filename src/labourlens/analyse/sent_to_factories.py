"""People a state or its cadres send to factories: a "labour transfer" report that never says "workers".

A report of transfer quotas tells that a village "had to send 30 school leavers to garment plants in another
province", or that "herders were moved to assembly lines on the coast", and calls them young people, villagers
or residents, never workers. Such a sentence names both the people and their work; it is a domain term of the
document and a core sentence about workers, as "transferred workers" is.
"""

from __future__ import annotations

import re

__all__ = ["sends_people_to_work", "DOMAIN_TERM"]

# the domain term a document with such a sentence counts, as if it said so
DOMAIN_TERM = "labour transfer"

_PEOPLE = (r"(?:young people|young men|young women|youths|villagers|residents|herders|farmers|school leavers|"
           r"graduates|rural people|peasants|farmhands|people)")
_WORKPLACES = (r"(?:factories|factory|plants|mills|workshops|assembly lines|production lines|work ?sites|"
               r"construction sites|industrial parks)")
_COUNT = r"(?:(?:about|some|at least|more than|over|nearly|another|\d[\d,]*|dozens of|hundreds of|thousands of|[a-z]+)\s+)"
# "send 30 school leavers to garment plants in ...", "moving hundreds of herders from the plateau to factories"
_ACTIVE = re.compile(
    rf"\b(?:send|sends|sent|sending|transfer|transfers|transferred|transferring|move|moves|moved|moving|"
    rf"dispatch|dispatches|dispatched|bus|bused|bussed)\s+{_COUNT}{{0,3}}{_PEOPLE}\s+"
    rf"(?:from\s+(?:[\w'-]+\s+){{1,3}})?to\s+(?:[\w'-]+,?\s+){{0,6}}?{_WORKPLACES}\b",
    re.IGNORECASE)
# "the herders were moved to assembly lines", "villagers had been sent to work in factories"
_PASSIVE = re.compile(
    rf"\b{_PEOPLE}\s+(?:(?:who|that)\s+)?(?:were|are|was|is|being|had been|have been|will be)\s+"
    rf"(?:sent|transferred|moved|dispatched|bused|bussed)\s+to\s+(?:[\w'-]+,?\s+){{0,6}}?{_WORKPLACES}\b",
    re.IGNORECASE)
# cue words without which neither pattern can match (speed)
_CUES = ("factor", "plant", "mill", "workshop", "line", "site", "park")


def sends_people_to_work(text: str) -> bool:
    """Does ``text`` tell of people sent or moved to factories or work sites?"""
    low = text.lower()
    if " to " not in low or not any(c in low for c in _CUES):
        return False
    return _ACTIVE.search(text) is not None or _PASSIVE.search(text) is not None
