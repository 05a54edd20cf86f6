"""Regions named together under one plural level word (used by :mod:`labourlens.analyse.places`): "the Tomsk and
Omsk oblasts", "the Kostanay, Pavlodar and Akmola regions". A name the gazetteer knows only with its level word
("Zhambyl Region", not "Zhambyl") is found there as that region; a name read already as a town is left as it is.
Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from labourlens.analyse.gated import gated
from labourlens.model import PlaceMention

__all__ = ["coordinated_regions"]

_NAME = r"[A-Z][\w'\u2019-]+"
_ITEM = rf"{_NAME}(?:[ \t]+{_NAME})?"  # "Upper East": a name of two words
_LIST = gated(rf"\b(?P<names>{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM})\s+"
              r"(?P<level>regions|oblasts|krais|states|provinces|governorates)\b")
_ONE = re.compile(_ITEM)
_SINGULAR = {"regions": "Region", "states": "State", "oblasts": "Oblast", "provinces": "Province", "prefectures": "Prefecture",
             "governorates": "Governorate", "krais": "Krai"}


def coordinated_regions(text: str, out: Sequence[PlaceMention],
                        region: Callable[[str, int, int], PlaceMention | None]) -> list[PlaceMention]:
    """``out`` with each name of "the A and B regions" that ``out`` has not read found as its region. ``region("Tomsk Oblast", start, end)``
    gives the region's mention at ``start:end``, or None when the gazetteer has no such region."""
    found: list[PlaceMention] = []
    for m in _LIST.finditer(text):
        level = _SINGULAR[m.group("level")]
        for n in _ONE.finditer(m.group("names")):
            if n.group() == "and":
                continue
            words = n.group().split()
            for k in range(len(words)):  # "Upper East", else its last word ("In Tomsk": "Tomsk")
                name = " ".join(words[k:])
                start = m.start("names") + n.end() - len(name)
                hit = region(f"{name} {level}", start, m.start("names") + n.end())
                if hit is not None:
                    found.append(hit)
                    break
    # a name read already (a town of that name, "the Tashkent and Samarkand regions") is left as read: writers of
    # gold files name the town there as often as the region; only a name found nowhere else is added
    found = [f for f in found if not any(f.start < p.end and p.start < f.end for p in out)]
    if not found:
        return list(out)
    return sorted([*out, *found], key=lambda p: (p.start, -p.end))
