"""More names for :mod:`labourlens.analyse.gazetteer`, from ``knowledge/places_extra.yaml``:
regions, first-level regions, towns and spellings beyond the issue's focus countries, and
the spelling rules that turn a GeoNames name into the names reports write:

* transliteration marks are dropped from the names of countries whose cities GeoNames
  writes in a romanisation ("Sinŭiju" -> "Sinuiju", "Al Jahrā’" -> "Al Jahra"); other
  countries keep the letters of their own alphabet ("Gdańsk", "Łódź", "Thiès");
* the Arabic article may be left out ("Al Wakrah" -> "Wakrah") or joined with a hyphen
  ("Al-Wakrah");
* Mongolian "h" is also written "kh" ("Darhan" -> "Darkhan").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

EXTRA_FILE = "places_extra.yaml"
#: First-level regions of the countries migrant workers come from or go to.
MIGRATION_FILE = "places_admin1_migration.yaml"
#: First-level regions (and the counties used as regions) of the farm, care and fishing
#: destinations of Oceania, North America and Europe, and of more Latin American and Middle Eastern countries.
WEST_FILE = "places_admin1_west.yaml"
#: First-level regions (counties, regions, provinces) of Central and Eastern Europe and the Balkans.
EUROPE_FILE = "places_admin1_europe.yaml"

_MARKS = str.maketrans("", "", "\u2018\u2019\u02bb\u02bc\u02be\u02bf`\u00b4")
_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|Ad|Adh|An|At|Ath|Az|Aş|Aḑ)[ -]([A-Z].*)$")
_KH = re.compile(r"(?<![KkSsZzCcGgTt])h")


def merge(regions: dict[str, Any], admin1: dict[str, Any], extra: dict[str, Any]) -> None:
    """Add the entries of ``extra`` (places_extra.yaml) to the two knowledge files' lists."""
    for key in ("regions", "extra_cities", "city_aliases"):
        regions[key] = list(regions.get(key) or []) + list(extra.get(key) or [])
    admin1["regions"] = list(admin1.get("regions") or []) + list(extra.get("admin1") or [])
    for key in ("romanised_countries", "article_countries", "kh_countries", "cyrillic_countries"):
        regions[key] = list(extra.get(key) or [])
    regions["honour_names"] = dict(extra.get("honour_names") or {})
    regions["hyphen_countries"] = list(extra.get("hyphen_countries") or [])
    regions["digraph_countries"] = list(extra.get("digraph_countries") or [])
    regions["status_words"] = dict(extra.get("status_words") or {})


def merge_admin1(admin1: dict[str, Any], more: dict[str, Any]) -> None:
    """Add the regions of ``more`` (places_admin1_migration.yaml) to places_admin1.yaml's list,
    each with the level words its country writes after a name ("Kerala state", "Koshi
    Province", "Sidama region"): ``suffixes`` lists them per country."""
    suffixes = {str(k): [str(w) for w in v or ()] for k, v in (more.get("suffixes") or {}).items()}
    out = list(admin1.get("regions") or [])
    for r in more.get("regions") or []:
        words = suffixes.get(str(r["country"]), [])
        aliases = [str(a) for a in r.get("aliases") or ()]
        aliases.extend(suffix_aliases(str(r["name"]), words))
        out.append({**r, "aliases": aliases})
    admin1["regions"] = out


def suffix_aliases(name: str, words: list[str]) -> list[str]:
    """"Lagos State" with the words [State] -> "Lagos state"; "Kerala" -> "Kerala State", "Kerala state"."""
    base = name
    for w in words:
        if name.endswith(" " + w):
            base = name[:-len(w) - 1]
            break
    out: list[str] = []
    for w in words:
        for form in (f"{base} {w}", f"{base} {w.lower()}"):
            if form != name and form not in out:
                out.append(form)
    return out


#: Latin letters that Unicode does not decompose into a base letter and a mark.
_ASCII = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ß": "ss",
                        "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i"})


def ascii_letters(name: str) -> str:
    """``name`` (without combining marks) with the letters that have no mark spelled in ASCII ("Łodz" -> "Lodz")."""
    return name.translate(_ASCII)


def plain(name: str) -> str:
    """A romanised name without its ayn, hamza and apostrophe-like marks ("Al Jahra’" -> "Al Jahra")."""
    return " ".join(name.translate(_MARKS).split())


class Rules(NamedTuple):
    """The country lists of places_extra.yaml that the spelling rules use."""

    romanised: frozenset[str] = frozenset()
    article: frozenset[str] = frozenset()
    kh: frozenset[str] = frozenset()
    cyrillic: frozenset[str] = frozenset()
    honour: re.Pattern[str] | None = None  # a title, saint or hero around a town's everyday name
    honour_countries: frozenset[str] = frozenset()
    hyphen: frozenset[str] = frozenset()
    digraph: frozenset[str] = frozenset()  # (s46) Turkmen and Azerbaijani letters written as English digraphs
    status: tuple[tuple[str, str], ...] = ()  # (s46) (country, word): a town's status word after its name


def rules(extra: dict[str, Any]) -> Rules:
    def codes(key: str) -> frozenset[str]:
        return frozenset(str(c) for c in extra.get(key) or ())

    status = tuple((str(cc), str(w)) for cc, words in (extra.get("status_words") or {}).items() for w in words or ())
    return Rules(codes("romanised_countries"), codes("article_countries"), codes("kh_countries"),
                 codes("cyrillic_countries"), *_honour_rule(extra.get("honour_names") or {}), codes("hyphen_countries"),
                 codes("digraph_countries"), status)


def without_status(name: str, country: str, r: Rules) -> str:
    """(s46) A town's name without the status word its country's official form puts after it ("Urgut Shahri" ->
    "Urgut", Uzbek for "Urgut city"): reports write the name alone."""
    for cc, word in r.status:
        if cc == country and name.endswith(" " + word) and len(name) > len(word) + 3:
            return name[:-len(word) - 1]
    return name


def report_name(spelt: str, name: str, country: str, r: Rules) -> str:
    """(s46) The canonical name of a city as reports write it: without a status word, Turkic letters as digraphs."""
    return digraph_spelling(name, country, r) or without_status(spelt, country, r)


#: (s46) Turkmen and Azerbaijani letters as English reports spell them ("Halaç" -> "Halach", "Şamkir" -> "Shamkir")
_DIGRAPHS = str.maketrans({"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ž": "zh", "Ž": "Zh"})


def digraph_spelling(name: str, country: str, r: Rules) -> str | None:
    """The name with its Turkic letters as digraphs and its other marks dropped, where that differs from the plain fold."""
    if country not in r.digraph or not any(c in name for c in "çÇşŞžŽ"):
        return None
    return ascii_letters(plain(_unmarked(name.translate(_DIGRAPHS))))


def _honour_rule(data: Mapping[str, Any]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    def alt(key: str) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(data.get(key) or (), key=len, reverse=True)) or "(?!)"

    if not data.get("countries"):
        return None, frozenset()
    one = r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{3,})"
    pattern = re.compile(rf"(?:{alt('titles')}) ([A-ZÁÉÍÓÚÑ].+)|(?:{alt('saints')}) {one}|{one} de (?:{alt('heroes')})")
    return pattern, frozenset(str(c) for c in data["countries"])


_JOINERS = frozenset({"du", "de", "des", "la", "le", "les", "aux", "au", "sur", "en", "à", "a",
                      "in", "on", "upon", "under"})  # English: "Sutton in Ashfield" -> "Sutton-in-Ashfield"


def hyphen_variants(name: str, country: str, r: Rules) -> list[str]:
    """A French or English name as it is written with hyphens where GeoNames writes spaces ("Anse à Galets" ->
    "Anse-à-Galets", "Kirkby in Ashfield" -> "Kirkby-in-Ashfield")."""
    if country not in r.hyphen or " " not in name:
        return []
    words = name.split()
    return ["-".join(words)] if any(w in _JOINERS for w in words[1:-1]) else []


def more_names(name: str, country: str, r: Rules, known: set[str]) -> list[str]:
    """The names of :func:`honour_variants` and :func:`hyphen_variants` that are not among ``known``, in their order."""
    return [a for a in dict.fromkeys(honour_variants(name, country, r) + hyphen_variants(name, country, r)) if a not in known]


def honour_variants(name: str, country: str, r: Rules) -> list[str]:
    """The everyday name of a town whose official name carries an honour ("Heroica Guaymas" -> "Guaymas",
    "San Pedro Pochutla" -> "Pochutla", "Cuautla de Morelos" -> "Cuautla"), with and without accents."""
    if r.honour is None or country not in r.honour_countries:
        return []
    out: list[str] = []
    m = r.honour.fullmatch(name)
    while m is not None and len(out) < 6:  # "Heroica Ciudad de Ejutla de Crespo" -> "Ejutla de Crespo" -> "Ejutla"
        short = next(g for g in m.groups() if g)
        out.extend((short, _unmarked(short)))
        m = r.honour.fullmatch(short)
    return list(dict.fromkeys(out))


_SOFT_SIGN = re.compile(r"['\u2019\u02b9\u02ba]")
_ENDING = re.compile(r"(?<=[a-z])(?:iy|yy)\b")


def english_cyrillic(name: str) -> str:
    """A GeoNames (BGN) romanisation of a Russian name as English reports write it: no soft
    signs, "-y" for "-iy" and "-yy" ("Nizhniy Novgorod" -> "Nizhny Novgorod", "Nar'yan-Mar"
    -> "Naryan-Mar", "Mirnyy" -> "Mirny")."""
    return _ENDING.sub("y", _SOFT_SIGN.sub("", name))


def city_variants(name: str, country: str, population: int, r: Rules, original: str = "") -> list[str]:
    """Other names of a GeoNames city (``name`` already without diacritics; ``original``: as GeoNames writes it) that
    reports write."""
    out: list[str] = []
    digraphs = digraph_spelling(original, country, r)
    if digraphs:
        out.append(digraphs)
    if country in r.article:
        m = _ARTICLE.match(name)
        if m:
            head = name[:m.start(1) - 1]
            out.append(f"{head}-{m.group(1)}" if name[m.start(1) - 1] == " " else f"{head} {m.group(1)}")
            rest = m.group(1)
            if population >= 20_000 and sum(c.isalpha() for c in rest) >= 4:
                out.append(rest)
    if country in r.kh:
        kh = _KH.sub("kh", name)
        if kh != name:
            out.append(kh)
    return out


#: Alternate names are kept for the cities of this size beyond the focus countries ...
WORLD_ALT_POPULATION = 100_000
#: ... and for every city (15,000 people or more) of the countries whose towns English reports spell by older
#: transliterations as often as by the official Latin ones: Central Asia's Russian-era forms ("Kitab" for Kitob,
#: "Guzar" for G'uzor, "Chirakchi" for Chiroqchi) beside the Uzbek, Kazakh or Turkmen Latin spelling GeoNames uses.
TRANSLITERATED = frozenset({"UZ", "KZ", "KG", "TJ", "TM", "AZ"})
#: ... when they are spellings of the city's name ("Hawassa" for Awasa, "Ikorodu" for Ebute
#: Ikorodu, "Cochin" for Kochi), not other names ("Ernakulam") or translations.
WORLD_ALT_SIMILARITY = 0.6
_PLAIN_ALT = re.compile(r"[A-Z][A-Za-z' -]*")


def spelling_of(alt: str, name: str) -> bool:
    """Is the alternate name ``alt`` of a city named ``name`` a plain Latin spelling of that name?"""
    if len(alt) < 5 or not alt.isascii() or alt.count(" ") > 3 or _PLAIN_ALT.fullmatch(alt) is None:
        return False
    a, n = alt.lower(), ascii_letters(_unmarked(name)).lower()
    return a != n and difflib.SequenceMatcher(None, a, n).ratio() >= WORLD_ALT_SIMILARITY


def _unmarked(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def world_alternates(index: Mapping[tuple[str, ...], Any], first: Mapping[str, int], stop: frozenset[str],
                     cities: Iterable[tuple[int, list[str]]], persons: frozenset[str]) -> list[tuple[int, str]]:
    """(place index, alternate name) for the alternate names of big cities beyond the focus
    countries (``cities``: place index and the alternates knowledge/gazetteer_cities.tsv keeps)
    that name nothing else: not another place's name (``index``), not an alternate of two
    cities, not a stop-listed word, a given name or a family name. A name of several words
    must start with a word that already starts a place name (``first``): a capitalised word
    that starts a place name tells places.v1 that the word before it is no given name."""
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for idx, alts in cities:
        for alt in alts:
            key = tuple(alt.lower().replace("-", " - ").replace("'", " ' ").split())
            if key in index or alt.lower() in persons or any(w in stop for w in key) \
                    or (len(key) > 1 and key[0] not in first):
                continue
            found.append((idx, alt, key))
    owners = Counter(key for _, _, key in {(i, "", k) for i, _, k in found})
    return [(idx, alt) for idx, alt, key in found if owners[key] == 1]


_COURT_SIDES = ("Eastern", "Western", "Northern", "Southern", "Middle", "Central")


def court_districts(state: str) -> list[str]:
    """The names of the US federal judicial districts a state may have ("Eastern District of
    Virginia"): indictments and forfeiture cases name these courts, which are neither the state
    nor (being institutions, like the organisations whose names hold a place) a place to report."""
    return [f"{side} District of {state}" for side in _COURT_SIDES]
