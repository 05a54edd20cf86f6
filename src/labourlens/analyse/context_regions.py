"""First-level regions that places.v1 reports only in a document that names their country.

Some regions are named like a person ("Victoria", "Brittany"), a firm ("Berkshire"), a
common word or a place of another country ("Limburg", "Galicia", "Beni"). The knowledge
files that list them (``places_admin1_west.yaml``, ``places_admin1_europe.yaml``) marks them ``context_only``: their bare
name is a place when the document also names their country or another of its places
("Victoria's Goulburn Valley" in a report on Australian farms), not otherwise.
"""

from __future__ import annotations

from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse import gazetteer_extra

__all__ = ["needs_context"]


@lru_cache(maxsize=1)
def _ids() -> frozenset[str]:
    out: set[str] = set()
    for name in (gazetteer_extra.WEST_FILE, gazetteer_extra.EUROPE_FILE):
        data = knowledge.load(name)  # (parsed once per process, and cached on disk)
        out.update(str(i) for i in (data or {}).get("context_only") or ())
    return frozenset(out)


def needs_context(gid: str) -> bool:
    """Is the region with gazetteer id ``gid`` a place only where the document names its country?"""
    return gid in _ids()
