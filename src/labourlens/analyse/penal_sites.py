"""Prisons and penal colonies that the gazetteer cannot list by name (extractor ``places.v1``).

* a colony known by its number: "penal colony No. 12", "correctional colony No. 4" (Russia's and Central Asia's
  colonies are named so);
* a prison named by a word before "Prison" or "Penitentiary": "Daxing Prison", "Baiyun Prison".

Either is a place of level ``facility`` in the country the document names most often (a prison is named in a report
about its country); the site is placed at that country's coordinates. A name that is a country or a first-level
region ("Hubei Provincial Prison", "the Federal Penitentiary Service") names a prison system or a body, not one
prison; a town inside a prison's name is not named on its own.

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections import Counter

from labourlens.analyse.gazetteer import Gazetteer
from labourlens.analyse.place_rules import add_site
from labourlens.model import PlaceMention

__all__ = ["penal_sites"]

_NUMBERED = re.compile(r"(?<![\w-])(?:[Pp]enal|[Cc]orrectional|[Cc]orrective)[ \t]+[Cc]olony[ \t]+No\.?[ \t]*\d{1,3}\b")
_NAMED = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][a-z'\u2019-]+[ \t]){1,2})(Prison|Penitentiary)\b(?![ \t]+(?:[A-Z]\w*))")
# capitalised words that open no prison's name
_NOT_NAMES = frozenset({"The", "A", "An", "In", "At", "From", "To", "Near", "Of", "Federal", "State", "Provincial",
                        "Municipal", "National", "Central", "Regional", "Women's", "Women", "Juvenile", "Military",
                        "High", "Maximum", "Security", "Open", "Closed", "Local", "County", "City", "District", "Main",
                        "Old", "New", "No", "Our", "Their", "His", "Her", "Its", "This", "That", "Chinese", "Russian",
                        "Prison", "Labour", "Labor", "Camp"})


def _home_country(found: list[PlaceMention]) -> PlaceMention | None:
    """The mention of the country the document names most often (by its places), if any."""
    counts = Counter(m.country for m in found if m.country)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    return next((m for m in found if m.country == country and m.level == "country"), None) or next(
        m for m in found if m.country == country)


def _region_or_country(g: Gazetteer, name: str) -> bool:
    from labourlens.analyse import gazetteer

    keys = tuple(gazetteer.norm(w) for w in name.split())
    return any(g.places[a.place].level in ("country", "admin1") for a in g.index.get(keys) or ())


def penal_sites(g: Gazetteer, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` with the numbered colonies and named prisons of the text added (a town inside a prison's name is
    taken out)."""
    if "olony" not in text and "Prison" not in text and "Penitentiary" not in text:
        return found
    home = _home_country(found)
    if home is None:
        return found
    out = list(found)
    spans: list[tuple[int, int]] = [(m.start(), m.end()) for m in _NUMBERED.finditer(text)]
    for m in _NAMED.finditer(text):
        words = m.group(1).split()
        if any(w in _NOT_NAMES for w in words) or _region_or_country(g, " ".join(words)):
            continue
        spans.append((m.start(), m.end()))
    for start, end in spans:
        name = " ".join(text[start:end].split())
        out = add_site(out, PlaceMention(start=start, end=end, text=text[start:end], name=name, country=home.country,
                                         admin1=None, level="facility", lat=home.lat, lon=home.lon,
                                         gazetteer_id=f"penal:{home.country}:{name.lower()}"))
    out.sort(key=lambda p: (p.start, -p.end))
    return out
