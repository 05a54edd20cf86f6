"""A country speaking as a state, for the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`).

"In its reply, Mexico informed the panel that ...", "the United Arab Emirates told the committee that ...": a
speaker whose whole wording is the name of a country is that country's government speaking (``official``;
main README: government bodies and anyone speaking in their name are officials), not a person or a firm.
Country names come from the gazetteer (its countries and their listed aliases)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from labourlens.analyse import gazetteer
from labourlens.model import Source

__all__ = ["country_states", "is_country_name"]

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


def country_states(sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a person or an organisation whose wording is a country's name made ``official``."""
    return [replace(s, kind="official") if s.kind in ("named_person", "organization") and s.wording
            and is_country_name(s.wording) else s for s in sources]
