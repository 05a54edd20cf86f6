""""The agency" that names again a news agency given by kind ("a report by a foreign news agency claimed ...
The agency, citing unnamed sources, alleged ..."): media cited by kind are ``organization`` (README), not the
state agency that "agency" alone reads as (used by :class:`labourlens.analyse.registry.Registry`)."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["agency_named_before", "agency_outlet", "news_agency_before"]

_AGENCY = re.compile(r"\b(?:a|an|the|one)\s+(?:[a-z][\w-]*\s+){0,2}(?P<kind>news|wire|press|photo)\s+agency\b|\bagency\b",
                     re.IGNORECASE)


def news_agency_before(context: str, head: str) -> bool:
    """Is the last "agency" in ``context`` a news agency named by kind ("a foreign news agency"), for a bare
    "the agency" (``head``)?"""
    if head != "agency":
        return False
    last = None
    for m in _AGENCY.finditer(context[-600:]):
        last = m
    return last is not None and last.group("kind") is not None


# an outlet given as a news agency ("Yonhap, the South Korean news agency", "the state news agency KCNA")
_NEWS_AGENCY_WORDING = re.compile(r"\b(?:news|wire|press)\s+agency\b|\bwire\s+service\b", re.IGNORECASE)


def agency_outlet(entries: list[Any], head: str) -> Any | None:
    """The most recent source entry that is an outlet worded as a news agency, for a bare "the agency"
    (``head``): "Yonhap, the South Korean news agency, said ... the agency said" is Yonhap again."""
    if head != "agency":
        return None
    found = [e for e in entries if e.source.kind == "outlet" and _NEWS_AGENCY_WORDING.search(e.source.wording or "")]
    return max(found, key=lambda e: e.order) if found else None


# "Yonhap, the South Korean news agency, said ...": a name given its kind in apposition
_NAME_AS_AGENCY = re.compile(r"\b(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:news|wire|press)\s+agency\b")


def agency_named_before(context: str, head: str) -> str | None:
    """The name last given as a news agency in ``context`` ("Yonhap, the South Korean news agency"), for a bare "the
    agency" (``head``) that the registry has met only as a relay."""
    if head != "agency" or "agency" not in context:
        return None
    last = None
    for m in _NAME_AS_AGENCY.finditer(context[-1500:]):
        last = m
    return last.group("name") if last is not None else None
