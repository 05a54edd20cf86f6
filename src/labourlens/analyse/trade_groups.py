"""People named as a group by their trade ("The auditors found ...", "the monitors noted ..."): such a phrase
names again a body or group of that trade met before ("an audit by Brightline Audits", "the audit team"), never
merely the last body of the same kind ("media reports alleged ...", "a newspaper"), which is no auditor. The
trades and their words are data (knowledge/source_roles.yaml ``trade_groups``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["trade_clash"]


@lru_cache(maxsize=1)
def _families() -> dict[str, frozenset[str]]:
    data = knowledge.load("source_roles.yaml") or {}
    out: dict[str, frozenset[str]] = {}
    for family in data.get("trade_groups") or []:
        words = frozenset(str(w).lower() for w in family)
        out[str(family[0]).lower()] = words
    return out


_LOWER_LETTERS = re.compile(r"[a-z]+")


def trade_clash(head: str, wording: str) -> bool:
    """Is ``head`` ("auditors") the plural of a trade that the earlier source's ``wording`` has no word of?"""
    family = _families().get(head.lower())
    return family is not None and not set(_LOWER_LETTERS.findall(wording.lower())) & family
