"""A body first met under a descriptive alias speaks by its proper name once the text gives it.

"South Korea's spy agency said ... The National Intelligence Service told lawmakers ...": both
mentions are one source, and the annotators word it by the proper name (the alias is an accepted
reading) when the proper name opens a sentence of its own ("The National Intelligence Service told
..."); named only inside another source's account ("Rep. Y said the National Intelligence Service
had said ...") the body keeps the alias it spoke under. Likewise "Russia's labour ministry ... the Ministry of Labour and Social Protection". The
rename happens only when the alias is listed for that name in ``organisations.yaml`` or when a
possessive description ("X's labour ministry") shares its head noun with the proper name, so a
generic "the government" is never renamed after a ministry it was merged with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.registry_entry import RegistryEntry
from labourlens.analyse.source_names import proper_body
from labourlens.errors import ConfigError
from labourlens.model import Source

_DET = re.compile(r"^(?:the|a|an)\s+", re.I)
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)\s*$")  # "The National Intelligence Service (NIS)"
_KINDS = ("official", "organization")


@lru_cache(maxsize=1)
def _canonical_of() -> dict[str, str]:
    """Lower-cased name or alias -> lower-cased canonical name of a known body."""
    data: Any = knowledge.load("organisations.yaml") or {}
    orgs = data.get("organisations") if isinstance(data, dict) else None
    if not isinstance(orgs, list):
        raise ConfigError("knowledge file organisations.yaml must have a list 'organisations'; check its format")
    out: dict[str, str] = {}
    for org in orgs:
        name = str(org.get("name", "")).lower()
        for alias in [name, *(org.get("aliases") or [])]:
            out.setdefault(str(alias).lower(), name)
    return out


def _bare(np: str) -> str:
    return _DET.sub("", " ".join(_ACRONYM.sub("", np).split())).strip(" ,.").lower()


_NAMES_OWN = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['\u2019]s?\s+([a-z][a-z\s-]*)$")
_ARTICLE_NOUN = re.compile(r"^(?:an?|the)\s+([a-z][a-z'\u2019\s-]*)$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
_INDEFINITE = re.compile(r"^\s*an?\s", re.I)


def names_alias(current: str, np: str) -> bool:
    """Does ``np`` give the proper name of the body first worded ``current``?"""
    if proper_body(current) or not proper_body(np) or len(_CAPITALISED.findall(np)) < 2:
        return False
    cur, new = _bare(current), _bare(np)
    if not cur or cur == new:
        return False
    canon = _canonical_of()
    if cur in canon and canon.get(new) == canon[cur] and new == canon[cur]:
        return True
    owned = _NAMES_OWN.match(current.strip())
    if owned is not None:
        return owned.group(1).split()[-1] in new.split()
    # "a migrant workers' union" -> "The Gyeonggi Migrant Farm Workers' Union": every word of the description in the name
    described = _ARTICLE_NOUN.match(current.strip())
    words = described.group(1).split() if described is not None else []
    if len(words) >= 2 and words[-1] == new.split()[-1] and set(words) <= set(new.split()):
        return True
    # "a migrants' helpline" -> "The Beit Amani helpline": an indefinite description named by the same head noun
    return _INDEFINITE.match(current) is not None and len(words) >= 2 and words[-1] == new.split()[-1] \
        and np.strip().split()[-1].islower()


def adopt_proper_name(entries: Sequence[RegistryEntry], src: Source, np: str) -> Source:
    """Rename ``src`` to ``np`` (its registry entry too) when ``np`` properly names the body that an
    alias worded so far."""
    first = np.split(",")[0].strip()  # "The Beit Amani helpline, run by volunteers in Beirut": the name before the aside
    name = np if names_alias(src.wording or "", np) else first if first != np.strip() and names_alias(src.wording or "", first) else None
    if src.kind in _KINDS and src.wording and np.strip()[:1].isupper() and name is not None:
        src.wording = _ACRONYM.sub("", " ".join(name.split())).strip(" ,.")
        for entry in entries:
            if entry.source is src:
                entry.norm = _bare(src.wording)
    return src
