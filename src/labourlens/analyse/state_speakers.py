"""A country speaking as a state, for the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`).

"In its reply, Mexico informed the panel that ...", "the United Arab Emirates told the committee that ...": a
speaker whose whole wording is the name of a country is that country's government speaking (``official``;
main README: government bodies and anyone speaking in their name are officials), not a person or a firm.
Countries joined ("The UAE and Kuwait have both told the committee ...") are their states too, and so is a
country's diplomatic mission ("North Korea's mission to the U.N.", "Eritrea's permanent mission in Geneva").
Country names come from the gazetteer (its countries and their listed aliases)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.analyse import gazetteer
from labourlens.model import Source

__all__ = ["country_states", "is_country_name", "states_speaking"]

_LEADS = ("the ", "The ")


def is_country_name(wording: str) -> bool:
    """Is ``wording`` (an optional leading "the" aside) the capitalised name of a country?"""
    name = wording.strip()
    for lead in _LEADS:
        if name.startswith(lead):
            name = name[len(lead):]
    if not name[:1].isupper():
        return False
    raw = gazetteer.TOKEN_RE.findall(name)
    if not raw or len(raw) > 8:
        return False
    g = gazetteer.get()
    bucket = g.index.get(tuple(gazetteer.norm(t) for t in raw)) or []
    return any(a.primary and g.places[a.place].level == "country" for a in bucket)


# "The UAE and Kuwait", "Qatar, Oman and Bahrain"
_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "North Korea's mission to the U.N.", "Eritrea's permanent mission in Geneva", "Nepal's embassy in Doha"
_MISSION = re.compile(r"^(?:the\s+)?(?P<country>[A-Z][^'\u2019]{1,40})['\u2019]s\s+(?:permanent\s+)?(?:diplomatic\s+)?"
                      r"(?:mission|embassy|consulate(?:[ -]general)?|delegation)\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w.'\u2019 -]{1,40}$")

_BOTH_END = re.compile(r"\s+(?:both|all|each)$")


def states_speaking(wording: str) -> bool:
    """Is ``wording`` a country, countries joined ("The UAE and Kuwait") or a country's diplomatic mission
    ("North Korea's mission to the U.N.")?"""
    name = _BOTH_END.sub("", wording.strip())  # "Bahrain, Oman and Kuwait all said"
    if is_country_name(name):
        return True
    mission = _MISSION.match(name)
    if mission is not None:
        return is_country_name(mission.group("country"))
    parts = [p for p in _JOINED.split(name) if p]
    return len(parts) >= 2 and all(is_country_name(p) for p in parts)


def country_states(sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a person or an organisation whose wording is a country's name, countries joined or a
    country's mission made ``official``."""
    return [replace(s, kind="official") if s.kind in ("named_person", "organization") and s.wording
            and states_speaking(s.wording) else s for s in sources]
