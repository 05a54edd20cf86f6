"""A body that publishes the page, named later by the first word of its name alone (a pass of the registry's outlet
test beside :func:`labourlens.analyse.outlet_fuller.short_for`).

An NGO's report printed under "Harbourlight Migrant Rights" goes on "Harbourlight estimates that ..." or "Harbourlight
found ...": the coined first word of a group's name stands for the group, the page's own voice, not for a person with
that surname. Only a name of three words or more that ends in a word of a group ("Rights", "Network", "Foundation",
"Project", ...) counts, and only a first word that is no place ("China Labour Watch" is never "China"). Examples are invented."""

from __future__ import annotations

import re

__all__ = ["first_word_for"]

_GROUP_TAILS = frozenset(("Rights", "Network", "Foundation", "Project", "Alliance", "Centre", "Center", "Institute",
                          "Trust", "Initiative", "Coalition", "Collective", "Association", "Society", "Forum", "Watch",
                          "Action", "Support", "Solidarity", "Advocates", "Partnership"))
_COINED = re.compile(r"[A-Z][a-z]{3,}")


def first_word_for(np: str, outlet: str) -> bool:
    """Is ``np`` the first word of the publishing body ``outlet`` ("Harbourlight" for "Harbourlight Migrant Rights")?"""
    words, word = outlet.split(), np.strip()
    if len(words) < 3 or word != words[0] or words[-1] not in _GROUP_TAILS or not _COINED.fullmatch(word):
        return False
    from labourlens.analyse import gazetteer  # noqa: PLC0415 - the gazetteer loads with the place stage

    return (word.lower(),) not in gazetteer.get().index
