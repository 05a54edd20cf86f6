"""Indicator cues said of people who are no workers (extractor ``bystanders.v1``).

"Tourists may not leave the hotel without their guides", "passengers were not allowed to leave their
cabins", "visitors hand their passports to the tour company": the words of confinement and held papers,
but about tourists, passengers, patients. A sentence that names such people (``bystanders.people`` in
``knowledge/indicators.yaml``) and no worker (``worker_people``) nor workplace gives no hit of the kinds
listed in ``bystanders.kinds``; other kinds (and every sentence that names workers too) are left alone. Likewise a
sentence about goods handed over ("transferred fuel to a North Korean vessel") that names no money or
worker gives no hit of wages paid to others (``goods_transfers``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import Folded
from labourlens.analyse.speakers import word_alternation
from labourlens.model import IndicatorHit

__all__ = ["EXTRACTOR", "without_bystander_hits"]

EXTRACTOR = "bystanders.v1"


def _words(terms: list[str]) -> Folded | None:
    if not terms:
        return None
    alts = word_alternation([t.lower() for t in terms]).replace(r"\s+", r"[\s-]+")
    return Folded(rf"\b(?:{alts})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tables() -> tuple[Folded | None, Folded | None, frozenset[str]]:
    data = knowledge.load("indicators.yaml")
    table = data.get("bystanders") or {}
    people = _words([str(t) for t in table.get("people") or []])
    workers = _words([str(t) for t in data.get("worker_people") or []] + [str(t) for t in table.get("workplaces") or []])
    return people, workers, frozenset(str(k) for k in table.get("kinds") or [])


@lru_cache(maxsize=1)
def _goods() -> tuple[Folded | None, Folded | None, frozenset[str]]:
    table = knowledge.load("indicators.yaml").get("goods_transfers") or {}
    return (_words([str(t) for t in table.get("goods") or []]), _words([str(t) for t in table.get("money") or []]),
            frozenset(str(k) for k in table.get("kinds") or []))


def _goods_only(text: str, hits: list[IndicatorHit]) -> list[IndicatorHit]:
    goods, money, kinds = _goods()
    if goods is None or not kinds & {h.indicator for h in hits} or not goods.found(text):
        return hits
    if money is not None and money.found(text):
        return hits
    return [h for h in hits if h.indicator not in kinds]


def without_bystander_hits(text: str, hits: list[IndicatorHit]) -> list[IndicatorHit]:
    """``hits`` of the sentence ``text`` without those of the bystander kinds when the sentence is about
    tourists, passengers or patients and names no worker nor workplace, and without wages paid to others when it is
    about goods handed over and names no money."""
    if not hits:
        return hits
    hits = _goods_only(text, hits)
    people, workers, kinds = _tables()
    if people is None or not kinds & {h.indicator for h in hits} or not people.found(text):
        return hits
    if workers is not None and workers.found(text):
        return hits
    return [h for h in hits if h.indicator not in kinds]
