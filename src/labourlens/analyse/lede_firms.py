"""A news lede that gives its first speaker as a firm by what it does, named later by its own name, for
:func:`labourlens.analyse.coref_families.lede_named`: "A Lagos cement maker has admitted paying its drivers late."
then "Ikeja Cement Works denied that their licences were kept": one firm (gold README: a speaker keeps its id
through the document). The lede's phrase is indefinite and closed by a firm's noun (``lede_firm_nouns`` in
``knowledge/speaker_kinds.yaml``: contractor, exporter, manufacturer ...), with at most a place after it; the name is
a bare proper name, not a group's (``ngo_name_words``), and it is the first body to speak since the lede. Any other
body that spoke in between, or a name given in apposition ("The client, Kestrel Homes"), leaves the two apart.
Examples are invented (places are real)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.registry_entry import Entry

__all__ = ["lede_firm_named"]



_PROPER = re.compile(r"[A-Z][\w'\u2019&.-]*(?:\s+(?:of|and|&)?\s*[A-Z][\w'\u2019&.-]*)+")
_NOT_A_NAME = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _lede_shape() -> re.Pattern[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    nouns = sorted((str(w).lower() for w in data.get("lede_firm_nouns") or []), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in nouns)
    # "A Lusaka road contractor", "a garment maker in Vietnam's Dong Nai province", "a Greek shipowner based in Piraeus"
    return re.compile(rf"(?i:an?)\s+(?:[\w'\u2019.-]+\s+){{0,3}}?(?i:{alt})"
                      r"(?:\s+(?:(?i:in|from|on|near|based\s+in))\s+[^,;:\"]{1,60})?")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (knowledge.load("speaker_kinds.yaml") or {}).get("ngo_name_words") or [])


def lede_firm_named(entries: Sequence[Entry], np: str, kind: str, name: str | None) -> Entry | None:
    """The lede's unnamed firm when ``np`` (an ``organization`` by its bare name) is the first body to speak
    after it; the entry is renamed to ``np``. None otherwise."""
    np = np.strip()
    if kind != "organization" or not entries or not _PROPER.fullmatch(np) or np.split()[0].lower() in _NOT_A_NAME \
            or set(_WORD.findall(np.lower())) & _group_words():
        return None
    lede = min(entries, key=lambda e: entries.index(e))  # the first source the text met
    wording = (lede.source.wording or "").strip()
    if lede.plural or lede.source.kind not in ("anonymous_source", "organization") \
            or lede.source.canonical not in (None, wording) or not _lede_shape().fullmatch(wording):
        return None
    if any(e is not lede and e.source.kind in ("organization", "named_person") for e in entries):
        return None  # another body or a named person spoke since: the name may be theirs
    lede.source.wording, lede.source.kind, lede.source.canonical = np, "organization", name or np
    lede.norm, lede.person = " ".join(np.lower().split()), False
    return lede
