"""Trafficking of goods, for the document gate (:mod:`labourlens.analyse.context`).

"Trafficking" is a domain term: most reports that use it tell of people trafficked. A court report of men jailed for
smuggling heroin through a port ("others who use the port for trafficking") uses it of drugs. A text whose only domain
term is that word and that names trafficked goods (``contraband`` in ``knowledge/indicators.yaml``: drugs, wildlife,
arms, fuel) is read as a text with no domain term: a cue counts there only about a worker. A report of people
trafficked to tend cannabis says so in other domain words too ("trafficked", "forced labour", "exploitation"), which
this leaves alone."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import Folded
from labourlens.analyse.speakers import word_alternation

__all__ = ["goods_trafficked"]

# the domain terms that name trafficking without saying of what
_BARE = frozenset({"trafficking"})


@lru_cache(maxsize=1)
def _goods() -> Folded | None:
    """The names of trafficked goods, as one pattern (none when the lexicon lists none)."""
    terms = [str(t) for t in knowledge.load("indicators.yaml").get("contraband") or []]
    if not terms:
        return None
    alts = word_alternation(terms).replace(r"\s+", r"[\s-]+")
    return Folded(rf"\b(?:{alts})\b", re.IGNORECASE)


def goods_trafficked(terms: Set[str], body_text: str) -> bool:
    """Are the document's only domain terms bare "trafficking", in a text that names trafficked goods?"""
    goods = _goods()
    return bool(terms) and {t.lower() for t in terms} <= _BARE and goods is not None and goods.found(body_text)
