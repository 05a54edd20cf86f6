"""First-level regions named only by a compass word (extractor ``places.v1``): "near Tarkwa in the Western Region",
"the Northern and Upper West regions", "Zambia's Southern Province". Several countries have a Western Region or an
Eastern Province, so the gazetteer lists none of them; such a name is a region only with its level word (or in a list
under the plural level word) and only in a document that names the region's country or another of its places, the
region of the one country of ``compass_regions`` (``place_contexts.yaml``) that the document names.
Examples are invented."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import gated
from labourlens.model import PlaceMention

__all__ = ["compass_regions"]

_COMPASS = r"(?:North|South|East|West|Upper|Lower)?[ \t]*(?:North(?:ern)?|South(?:ern)?|East(?:ern)?|West(?:ern)?|Central)"
_ONE = gated(rf"(?<![\w-])({_COMPASS})[ \t]+(Region|Province|region|province)(?![\w-])")
_ITEM = r"[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?"
_LIST = gated(rf"(?<![\w-])(?P<names>{_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+and[ \t]+{_ITEM})[ \t]+(?P<level>regions|provinces)\b")
_ITEM_RE = re.compile(_ITEM)
_COMPASS_RE = re.compile(_COMPASS)
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], list[tuple[str, float, float]]]:
    """(name, level word) -> [(country, lat, lon)]."""
    data = knowledge.load("place_contexts.yaml").get("compass_regions") or {}
    out: dict[tuple[str, str], list[tuple[str, float, float]]] = {}
    for country, row in data.items():
        for name, (lat, lon) in (row.get("names") or {}).items():
            out.setdefault((str(name), str(row["level"])), []).append((str(country), float(lat), float(lon)))
    return out


def _mention(text: str, start: int, end: int, name: str, level: str, country: str, lat: float,
             lon: float) -> PlaceMention:
    return PlaceMention(start=start, end=end, text=text[start:end], name=f"{name} {level}", country=country, admin1=None,
                        level="admin1", lat=lat, lon=lon, gazetteer_id=f"admin1:{country}-{name.replace(' ', '')}{level}")


def _pick(name: str, level: str, countries: Counter[str]) -> tuple[str, float, float] | None:
    cands = [c for c in _table().get((name, level), ()) if countries[c[0]] > 0]
    return cands[0] if len(cands) == 1 else None


def compass_regions(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` with the compass-named regions of the countries it names added where nothing was read."""
    if "ern" not in text and "Central" not in text:
        return found
    countries = Counter(m.country for m in found if m.country)
    if not countries:
        return found
    spans: list[tuple[int, int, str, str]] = []
    for m in _ONE.finditer(text):
        spans.append((m.start(1), m.end(2), " ".join(m.group(1).split()), m.group(2).capitalize()))
    for m in _LIST.finditer(text):
        level = m.group("level")[:-1].capitalize()
        for n in _ITEM_RE.finditer(m.group("names")):
            words = list(_WORD.finditer(n.group()))
            for k in (2, 1):  # "Upper East", then "Northern"
                if len(words) >= k and _COMPASS_RE.fullmatch(name := " ".join(w.group() for w in words[-k:])):
                    start = m.start("names") + n.start() + words[-k].start()
                    spans.append((start, m.start("names") + n.end(), name, level))
                    break
    out = list(found)
    for start, end, name, level in spans:
        if any(p.start < end and start < p.end for p in out):
            continue  # read already ("Western Cape", "Eastern Province" of a country that lists it by name)
        hit = _pick(name, level, countries)
        if hit is not None:
            out.append(_mention(text, start, end, name, level, *hit))
    if len(out) == len(found):
        return found
    return sorted(out, key=lambda p: (p.start, -p.end))
