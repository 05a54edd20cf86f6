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

import re
from typing import Any, NamedTuple

EXTRA_FILE = "places_extra.yaml"

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


def rules(extra: dict[str, Any]) -> Rules:
    def codes(key: str) -> frozenset[str]:
        return frozenset(str(c) for c in extra.get(key) or ())

    return Rules(codes("romanised_countries"), codes("article_countries"), codes("kh_countries"),
                 codes("cyrillic_countries"))


_SOFT_SIGN = re.compile(r"['\u2019\u02b9\u02ba]")
_ENDING = re.compile(r"(?<=[a-z])(?:iy|yy)\b")


def english_cyrillic(name: str) -> str:
    """A GeoNames (BGN) romanisation of a Russian name as English reports write it: no soft
    signs, "-y" for "-iy" and "-yy" ("Nizhniy Novgorod" -> "Nizhny Novgorod", "Nar'yan-Mar"
    -> "Naryan-Mar", "Mirnyy" -> "Mirny")."""
    return _ENDING.sub("y", _SOFT_SIGN.sub("", name))


def city_variants(name: str, country: str, population: int, r: Rules) -> list[str]:
    """Other names of a GeoNames city (``name`` already without diacritics) that reports write."""
    out: list[str] = []
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
