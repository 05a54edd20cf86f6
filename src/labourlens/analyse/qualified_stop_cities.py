"""Stop-listed cities that the text itself qualifies with their country (places.v1).

The gazetteer stop-lists one-word city names that are common English words or personal names
("Split", "Nice", "Reading", "Mobile"); :func:`labourlens.analyse.place_rules.stop_listed_cities`
reads them after "in", "near" or "outside" in a document about their country. A name followed by a
comma and its own country's name ("a hotel in Split, Croatia", a dateline "SPLIT, Croatia \u2014") is
the city wherever it stands: a common word is not written so. Only the cities of the stop-list's
table (towns of ``place_rules.STOP_TOWN_POPULATION`` and more) of a country the document names count,
and the search runs only for those countries (a plain substring search per name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from labourlens.analyse import gazetteer, place_rules

__all__ = ["find"]

#: the character before the name: not a letter, digit or hyphen ("Non-Split, Croatia" is no city)
_BEFORE = re.compile(r"[\w-]")
#: after "<Name>, <Country>": the country's name ends there ("Croatia", not "Croatian")
_AFTER = re.compile(r"(?![\w-])")


def find(g: gazetteer.Gazetteer, text: str, countries: Mapping[str, int]) -> list[tuple[int, int, int]]:
    """(start, end, place index) of the stop-listed cities written "<Name>, <Country>" (also
    "<NAME>, <Country>" in a dateline) where <Country> is the city's own country, named in the
    document (``countries``: the document's country counts)."""
    table = place_rules.stop_city_table(g)
    out: list[tuple[int, int, int]] = []
    for cc, n in countries.items():
        rows = table.get(cc) if n > 0 else None
        idx_c = g.countries.get(cc)
        if not rows or idx_c is None:
            continue
        home = ", " + g.places[idx_c].name
        for word, idx, _big in rows:
            for form in (word, word.upper()):
                probe = form + home
                k = text.find(probe)
                while k >= 0:
                    e = k + len(probe)
                    if (k == 0 or _BEFORE.match(text, k - 1) is None) and _AFTER.match(text, e) is not None:
                        out.append((k, k + len(form), idx))
                    k = text.find(probe, e)
    return sorted(out)
