"""A judge named by the court's title and a surname speaks for the court, a state body (``official``).

Courts of the Commonwealth style their judges "Justice Moyo", "Mr Justice Banda", "Lady Justice Achieng" (and
"Madam Justice", "Chief Justice"). With a given name too ("Justice Olga Moyo") the other rules already read a
titled person; with the surname alone the capital "Justice" made the phrase read as a body's name ("Justice
Network"). The name must be a person's (not a word of a group's name, ``ngo_name_words`` in
``knowledge/speaker_kinds.yaml``: "Justice Watch", "Justice Centre" stay bodies), and a relative clause or an
apposition after it is allowed ("Justice Moyo, who heard the case").

A witness called by the court's code for the party that called them ("PW1", "PW 2", "DW1": prosecution, defence or
court witness one) is a person whose name the report keeps back (``anonymous_source``), as "Witness A" is, unless the
apposition after the code gives a state post ("PW5, a labour officer": ``official``, s395).

Names in the examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["apposed_official", "court_title_kind"]

_JUDGE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Madam|Lady|Chief|Deputy\s+Chief)\.?\s+)?Justice\s+"
                    r"(?P<name>[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)(?:,\s+(?:who|which|the|a)\s[^,]*)?$")

# a witness's court code, alone or with an apposition after it ("PW2, a hairdresser from Warri")
_WITNESS_CODE = re.compile(r"^(?:[Pp]rosecution\s+|[Dd]efence\s+|[Dd]efense\s+)?(?:PW|DW|CW)\s?\d{1,2}(?:,\s+[^,]*)?$")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_kinds.yaml").get("ngo_name_words") or [])


def apposed_official(text: str, classify: Callable[[str], str | None]) -> bool:
    """Does the apposition after a witness's code or label give a state post ("PW5, a labour officer", "Witness 4, a
    police inspector")?"""
    role = text.split(",", 1)[1].strip() if "," in text else ""
    return bool(role) and classify(role) == "official"


def court_title_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``official`` for "Justice <Surname>" (a judge by the court's title), ``anonymous_source`` for a witness's court
    code ("PW1"), else None."""
    if _WITNESS_CODE.match(text.strip()):
        return "official" if apposed_official(text, classify) else "anonymous_source"
    if "Justice " not in text:
        return None
    m = _JUDGE.match(text.strip())
    if m is None or m.group("name").lower() in _group_words():
        return None
    return "official" if classify(m.group("name")) == "named_person" else None
