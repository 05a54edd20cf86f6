"""US states and Canadian provinces by the abbreviations news style writes after a town
("WENATCHEE, Wash. - ...", "a farm near Leamington, Ont., said"), for places.v1.

An abbreviation such as "Ga.", "Miss." or "Mass." is a word or a title elsewhere, so it is
read as a place only right after "<Town>, ": a capitalised word and a comma. The
abbreviations are listed in ``knowledge/places_admin1_west.yaml`` (``state_abbreviations``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import gazetteer_extra
from labourlens.analyse.gazetteer import Gazetteer

__all__ = ["find"]

# "<Town>, <Abbr.>" followed by a space, a comma, a dash, a bracket or the end of the text
_AFTER_TOWN = re.compile(r"\b[A-Z][\w'\u2019-]*, ((?:[A-Z]\.){1,2}[A-Z][a-z]?\.|[A-Z][a-z\u00e9]{1,4}\.)"
                         r"(?=[\s,)\u2013\u2014-]|$)")
_CUE = re.compile(r", (?:[A-Z]\.)?[A-Z][a-z\u00e9]{0,4}\.")  # the cheap test: most texts have none

_TABLES: dict[int, dict[str, int]] = {}  # per gazetteer id (it is process-wide): abbreviation -> place index


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, tuple[str, str]]:
    """Abbreviation -> (country, region name)."""
    data = knowledge.load(gazetteer_extra.WEST_FILE)  # (parsed once per process, and cached on disk)
    out: dict[str, tuple[str, str]] = {}
    for cc, table in ((data or {}).get("state_abbreviations") or {}).items():
        for abbr, name in (table or {}).items():
            out[str(abbr)] = (str(cc), str(name))
    return out


def _table(g: Gazetteer) -> dict[str, int]:
    table = _TABLES.get(id(g))
    if table is None:
        wanted = {v: k for k, v in _abbreviations().items()}
        regions = {(p.country, p.name): i for i, p in enumerate(g.places) if p.level == "admin1" and (p.country, p.name) in wanted}
        table = _TABLES[id(g)] = {abbr: regions[key] for abbr, key in _abbreviations().items() if key in regions}
    return table


def find(g: Gazetteer, text: str) -> list[tuple[int, int, int]]:
    """(start, end, place index) of the state and province abbreviations after a town in ``text``."""
    if _CUE.search(text) is None:
        return []
    out: list[tuple[int, int, int]] = []
    table: dict[str, int] | None = None
    for m in _AFTER_TOWN.finditer(text):
        table = table if table is not None else _table(g)
        idx = table.get(m.group(1))
        if idx is not None:
            out.append((m.start(1), m.end(1), idx))
    return out
