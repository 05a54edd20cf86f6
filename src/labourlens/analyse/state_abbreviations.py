"""US states and Canadian provinces by the abbreviations news style writes after a town
("WENATCHEE, Wash. - ...", "a farm near Leamington, Ont., said"), for places.v1.

An abbreviation such as "Ga.", "Miss." or "Mass." is a word or a title elsewhere, so it is
read as a place only right after "<Town>, ": a capitalised word and a comma. The
abbreviations are listed in ``knowledge/places_admin1_west.yaml`` (``state_abbreviations``).

(s36) The initials of Indian states ("near Agra in UP", "from Rewa MP", "Shimla, HP") are words elsewhere too ("an
MP said"), so they are read only right after a place of that country already found, alone or after "in" or a comma
(``state_initials``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import gazetteer_extra
from labourlens.analyse.gazetteer import Gazetteer
from labourlens.model import PlaceMention

__all__ = ["find"]

# "<Town>, <Abbr.>" followed by a space, a comma, a dash, a bracket or the end of the text
_AFTER_TOWN = re.compile(r"\b[A-Z][\w'\u2019-]*, ((?:[A-Z]\.){1,2}[A-Z][a-z]?\.|[A-Z][a-z\u00e9]{1,4}\.)"
                         r"(?=[\s,)\u2013\u2014-]|$)")
_CUE = re.compile(r", (?:[A-Z]\.)?[A-Z][a-z\u00e9]{0,4}\.")  # the cheap test: most texts have none

# "<place> UP", "<place> in UP", "<place>, UP": the initials right after a place found
_INITIALS = re.compile(r"(?:,\s|\s+in\s+|\s)(?P<abbr>[A-Z]{2})(?![\w-])")

_TABLES: dict[int, dict[str, int]] = {}  # per gazetteer id (it is process-wide): abbreviation -> place index


@lru_cache(maxsize=2)
def _abbreviations(key: str = "state_abbreviations") -> dict[str, tuple[str, str]]:
    """Abbreviation -> (country, region name)."""
    data = knowledge.load(gazetteer_extra.WEST_FILE)  # (parsed once per process, and cached on disk)
    out: dict[str, tuple[str, str]] = {}
    for cc, table in ((data or {}).get(key) or {}).items():
        for abbr, name in (table or {}).items():
            out[str(abbr)] = (str(cc), str(name))
    return out


def _table(g: Gazetteer, key: str = "state_abbreviations") -> dict[str, int]:
    table = _TABLES.get(hash((id(g), key)))
    if table is None:
        wanted = set(_abbreviations(key).values())
        regions = {(p.country, p.name): i for i, p in enumerate(g.places) if p.level == "admin1" and (p.country, p.name) in wanted}
        table = _TABLES[hash((id(g), key))] = {abbr: regions[k] for abbr, k in _abbreviations(key).items() if k in regions}
    return table


def find(g: Gazetteer, text: str, found: list[PlaceMention] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, place index) of the state and province abbreviations after a town in ``text``, and of the
    initials of a state after a place of its country in ``found``."""
    out: list[tuple[int, int, int]] = _initials(g, text, found or [])
    if _CUE.search(text) is None:
        return out
    table: dict[str, int] | None = None
    for m in _AFTER_TOWN.finditer(text):
        table = table if table is not None else _table(g)
        idx = table.get(m.group(1))
        if idx is not None:
            out.append((m.start(1), m.end(1), idx))
    return out


def _initials(g: Gazetteer, text: str, found: list[PlaceMention]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    countries = {c for c, _ in _abbreviations("state_initials").values()}
    for p in found:
        m = _INITIALS.match(text, p.end) if p.country in countries else None
        if m is None:
            continue
        idx = _table(g, "state_initials").get(m.group("abbr"))
        if idx is not None and g.places[idx].country == p.country:
            out.append((m.start("abbr"), m.end("abbr"), idx))
    return out
