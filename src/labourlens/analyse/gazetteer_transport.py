"""Airports and seaports for :mod:`labourlens.analyse.gazetteer`, from ``knowledge/places_transport.yaml``.

Reports name the airport where workers were met or turned back ("landed at Bole International
Airport") and the port where detained goods were landed ("held at the Port of Long Beach"). Each
becomes a place of level ``facility`` with the coordinates, country and first-level region of the
city it serves, found in the gazetteer already built (so that the knowledge file states no
position of its own). Its names are longer than the city's, so "Port of Long Beach" is read as
the port and not as the city of Long Beach.

Names given to an airport "<base> International Airport":

* the name itself and the listed aliases;
* "<base> Airport" and "<base> International Airport";
* the lower-case forms "<base> airport" and "<base> international airport", unless the base is the
  name of a city or country (``city_named``): "Muscat airport" stays the city of Muscat, as a
  reader cannot tell which of its airports is meant, while "Tribhuvan airport" can only be one.

A port is named "Port of <city>" (or the name the file gives) with the alias "<city> Port"; the
lower-case "<city> port" stays the city, which annotators and readers take as the place meant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labourlens.analyse.gazetteer import Gazetteer

FILE = "places_transport.yaml"
_SUFFIXES = (" International Airport", " Airport")


def airport_names(name: str, city_named: bool = False) -> list[str]:
    """The names of an airport called ``name``, its own first."""
    out = [name]
    base = next((name[:-len(s)] for s in _SUFFIXES if name.endswith(s)), None)
    if base:
        forms = [f"{base} International Airport", f"{base} Airport"]
        if not city_named:
            forms += [f"{base} international airport", f"{base} airport"]
        out += [f for f in forms if f not in out]
    return out


def port_names(city: str, name: str | None = None) -> list[str]:
    """The names of the port of ``city`` (``name``: its official name, if not "Port of <city>"), its own first."""
    out: list[str] = []
    for n in (name or f"Port of {city}", f"Port of {city}", f"{city} Port"):
        if n not in out:
            out.append(n)
    return out


def _cities(g: Gazetteer) -> dict[tuple[str, str], int]:
    """The most populous city of each name in each country (the city a facility serves)."""
    best: dict[tuple[str, str], int] = {}
    for i, p in enumerate(g.places):
        if p.level != "city" or not p.country:
            continue
        key = (p.name, p.country)
        j = best.get(key)
        if j is None or p.population > g.places[j].population:
            best[key] = i
    return best


def load(g: Gazetteer, data: dict[str, Any]) -> list[str]:
    """Add the airports and ports of ``data`` to ``g`` (after its cities: their positions are taken from
    them); return the facilities whose city the gazetteer does not have (added without a position)."""
    from labourlens.analyse.gazetteer import Place

    cities = _cities(g)
    lost: list[str] = []

    def add(gid: str, name: str, city: str, country: str, names: list[str]) -> None:
        c = cities.get((city, country))
        if c is None:
            lost.append(name)
        at = g.places[c] if c is not None else None
        idx = g.add_place(Place(gid, name, country, at.admin1 if at else None, "facility",
                                at.lat if at else None, at.lon if at else None, 100_000))
        for alias in names:
            g.add_alias(idx, alias)

    for a in data.get("airports") or []:
        name, country = str(a["name"]), str(a["country"])
        names = airport_names(name, bool(a.get("city_named"))) + [str(x) for x in a.get("aliases") or ()]
        add(f"airport:{country}-{name}", name, str(a["city"]), country, names)
    for p in data.get("ports") or []:
        city, country = str(p["city"]), str(p["country"])
        names = port_names(city, p.get("name")) + [str(x) for x in p.get("aliases") or ()]
        add(f"port:{country}-{city}", names[0], str(p.get("at") or city), country, names)
    return lost
