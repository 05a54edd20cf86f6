"""Settlements named by a word of their kind before the name (extractor ``places.v1``).

Some countries name small settlements with a word that says what they are: in the Dominican Republic the village of
a sugar estate's cane cutters is a "batey" ("Batey Ocho", "Batey Los Robles"), in Mexico a farm's labour camp is a
"campo" ("Campo El Nogal"). The gazetteer lists none of them, but the word and the capitalised name after it
(with the Spanish joining words "de", "del", "la", "las", "los", "el") make plain that they are places, of the
country the word belongs to (``place_contexts.yaml``, ``settlement_words``; a word used in more than one country is
read in another of them only when the report names that one and not the first).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from labourlens import knowledge
from labourlens.analyse.gated import Gated, gated
from labourlens.model import PlaceMention

__all__ = ["settlements"]

_CAP = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'\u2019-]*"
_JOIN = r"(?:de|del|la|las|los|el)"
_NAME = rf"{_CAP}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_CAP}){{0,3}}"


class _Word(NamedTuple):
    word: str
    country: str
    level: str
    also: tuple[str, ...]
    only_in: bool


@lru_cache(maxsize=1)
def _words() -> tuple[Gated | None, dict[str, _Word]]:
    items: list[dict[str, Any]] = knowledge.load("place_contexts.yaml").get("settlement_words") or []
    words = {str(i["word"]): _Word(str(i["word"]), str(i["country"]), str(i.get("level") or "other"),
                                   tuple(str(c) for c in i.get("also") or ()), bool(i.get("only_in")))
             for i in items}
    if not words:
        return None, {}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # (gated: most reports hold none of the words, and the scan tried every character of the text)
    return gated(rf"(?<![\w'\u2019-])(?P<word>{alt})[ \t]+(?P<name>{_NAME})(?![\w'\u2019-])"), words


def settlements(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` with the settlements named by a word of their kind added ("Batey Ocho"); a place the gazetteer
    already read over the same words stands."""
    rx, words = _words()
    if rx is None:
        return found
    named = {p.country for p in found if p.country}
    add: list[PlaceMention] = []
    drop: set[int] = set()
    for m in rx.finditer(text):
        w = words[m.group("word")]
        country = w.country
        if country not in named:
            other = next((c for c in w.also if c in named), None)
            if other is not None:
                country = other
            elif w.only_in:
                continue
        s, e = m.start(), m.end()
        inside = {i for i, p in enumerate(found) if p.start < e and s < p.end}
        if any(not (m.start("name") <= found[i].start and found[i].end <= e) or found[i].level == "country"
               for i in inside):
            continue  # a place the gazetteer read over the word, or a country inside the name: that reading stands
        drop.update(inside)  # "Batey Santa Lucia": not a town of that name elsewhere
        name = " ".join(m.group().split())
        add.append(PlaceMention(start=s, end=e, text=m.group(), name=name, country=country, admin1=None,
                                level=w.level, lat=None, lon=None, gazetteer_id=f"settlement:{country}-{name}"))
    if not add:
        return found
    return [p for i, p in enumerate(found) if i not in drop] + add
