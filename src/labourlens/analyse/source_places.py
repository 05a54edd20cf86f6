"""The country of a place named in a speaker's qualifier ("a source in Dandong" -> CN), for
:mod:`labourlens.analyse.registry`: a short table of places sources are often placed in, then the
gazetteer."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["place_country"]

_FALLBACK_PLACES = {
    "china": "CN",
    "russia": "RU",
    "north korea": "KP",
    "south korea": "KR",
    "mongolia": "MN",
    "japan": "JP",
    "dandong": "CN",
    "hunchun": "CN",
    "shenyang": "CN",
    "yanji": "CN",
    "tumen": "CN",
    "helong": "CN",
    "jilin": "CN",
    "liaoning": "CN",
    "beijing": "CN",
    "shanghai": "CN",
    "vladivostok": "RU",
    "khabarovsk": "RU",
    "moscow": "RU",
    "nakhodka": "RU",
    "primorsky": "RU",
    "siberia": "RU",
    "qatar": "QA",
    "doha": "QA",
    "kuwait": "KW",
    "dubai": "AE",
    "uae": "AE",
    "saudi arabia": "SA",
    "oman": "OM",
    "pyongyang": "KP",
    "sinuiju": "KP",
    "seoul": "KR",
    "rason": "KP",
    "poland": "PL",
    "malta": "MT",
    "laos": "LA",
    "vietnam": "VN",
    "cambodia": "KH",
    "nigeria": "NG",
    "angola": "AO",
    "senegal": "SN",
    "uganda": "UG",
    "tanzania": "TZ",
    "mozambique": "MZ",
    "equatorial guinea": "GQ",
    "belarus": "BY",
    "kuwait city": "KW",
    "abu dhabi": "AE",
    "riyadh": "SA",
    "the gulf": None,
    "ulaanbaatar": "MN",
    "zhejiang": "CN",
    "shandong": "CN",
    "heilongjiang": "CN",
    "amur": "RU",
    "sakhalin": "RU",
    "yakutsk": "RU",
    "novosibirsk": "RU",
    "tomsk": "RU",
    "ussuriysk": "RU",
}


_THE_START = re.compile(r"^the\s+")


@lru_cache(maxsize=512)
def place_country(name: str) -> str | None:
    key = _THE_START.sub("", name.strip().lower())
    if key in _FALLBACK_PLACES:
        return _FALLBACK_PLACES[key]
    try:
        from labourlens.analyse import places

        found = places.find(name, [])
        for p in found:
            if p.country:
                return str(p.country)
    except Exception:  # noqa: BLE001 - places is optional here; fall back to no location
        return None
    return None


_PLACE_IN = re.compile(r"\b(?:in|from|near|inside)\s+((?:the\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})")
_BASED = re.compile(r"\b([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)-based\b")  # "a Dandong-based source"


def _place(np: str) -> tuple[str, str] | None:
    """(province, city or "") a speaker's qualifier places them in ("a source in Hyesan" -> Ryanggang, Hyesan;
    "a Yanji-based trader" -> Jilin, Yanji), or None (a country, or a place the gazetteer does not know)."""
    m = _PLACE_IN.search(np) or _BASED.search(np)
    if not m:
        return None
    try:
        from labourlens.analyse import places

        found = places.find(m.group(0) if m.re is _PLACE_IN else f"in {m.group(1)}", [])  # a city is found after its preposition
    except Exception:  # noqa: BLE001 - places is optional here; no region means no verdict
        return None
    return next(((f"{p.country}:{p.admin1}", p.name if p.level == "city" else "") for p in found
                 if p.level in ("admin1", "city") and p.admin1), None)


def _region(np: str) -> str | None:
    """The province or state a speaker's qualifier places them in, directly or through its city."""
    place = _place(np)
    return place[0] if place else None


def distinct_regions(first: str, second: str) -> bool:
    """Two unnamed sources placed in two different provinces ("a source in Ryanggang Province" / "a source
    in North Hamgyong Province", "a source in Dandong" / "a source in Hunchun") or two cities of one province
    ("a Dandong-based source" / "a Shenyang-based source") are two people, however vaguely the first was
    named; a province and a city in it may be the same person."""
    a, b = _place(first), _place(second)
    return a is not None and b is not None and (a[0] != b[0] or a[1] != b[1] != "" != a[1])
