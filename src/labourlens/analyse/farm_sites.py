"""Farms named by their kind word in Portuguese or Spanish (extractor ``places.v1``).

Reports from Brazil and Spanish-speaking Latin America name a farm, a smallholding or a ranch by its kind word
and its own name, "Fazenda Santa Luzia do Ribeirão", "Sítio Pedra Bonita", "Finca La Esperanza", "Estancia San
José": the gazetteer lists no such site, but the wording makes plain it is one (level ``facility``). A Portuguese
kind word places the farm in Brazil; a Spanish one in the Spanish-speaking country the document names most. A
town or an area inside the farm's name ("Serra" in "Fazenda Serra do Mocambo") is not named on its own.
"""

from __future__ import annotations

import re
from collections import Counter

from labourlens.analyse.place_rules import add_site
from labourlens.model import PlaceMention

__all__ = ["farms"]

_PORTUGUESE = frozenset({"Fazenda", "Sítio", "Chácara", "Chacara", "Estância"})
_SPANISH_COUNTRIES = frozenset({"AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GT", "HN", "MX", "NI", "PA", "PE",
                                "PY", "SV", "UY", "VE"})
# the kind word, then one to five capitalised words of the farm's own name, with the particles between them
_FARM = re.compile(r"(?<![\w-])(Fazenda|S[ií]tio|Ch[áa]cara|Est[âa]ncia|Estancia|Hacienda|Finca)"
                   r"((?:[ \t]+(?:(?:do|da|dos|das|de|del|la|las|los|e|y)[ \t]+)?[A-Z\u00c0-\u00dd][\w'\u2019-]*){1,5})")


def farms(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` with the farms the text names by their kind word added."""
    if not any(k in text for k in ("Fazenda", "tio ", "cara ", "ncia ", "Hacienda", "Finca")):
        return found
    spanish = Counter(m.country for m in found if m.country in _SPANISH_COUNTRIES)
    out = list(found)
    for m in _FARM.finditer(text):
        kind = m.group(1)
        brazil = kind in _PORTUGUESE or (kind == "Sitio" and any(p.country == "BR" for p in found))
        country = "BR" if brazil else (spanish.most_common(1)[0][0] if spanish else None)
        if country is None:
            continue
        start, end = m.start(), m.end()
        name = text[start:end]
        out = add_site(out, PlaceMention(start=start, end=end, text=name, name=" ".join(name.split()), country=country,
                                         admin1=None, level="facility", lat=None, lon=None,
                                         gazetteer_id=f"farm:{name.lower()}"))
    out.sort(key=lambda p: (p.start, -p.end))
    return out
