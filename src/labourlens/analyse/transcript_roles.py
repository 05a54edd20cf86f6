"""The affiliation a hearing or press record gives beside a speaker's label ("Mr PAUL HALE (European Commission):",
"Ms ANA ROSSI (Ministry of Labour):"): a person who speaks for a state body is ``official`` (the README's
convention for people speaking in an institution's name); other affiliations ("(MEP)", "(Harbour Legal Aid)")
leave the person as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse.speakers import classify

__all__ = ["official_labels", "official_label_name"]

_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Madam)\.?[ \t]+)?"
_AFFILIATED = re.compile(
    rf"(?m)^[ \t]*(?:\[[\d:]{{4,8}}\] ?)?(?P<label>{_TITLE}[A-Z][A-Za-z'\u2019.-]+(?:[ \t]+[A-Z][A-Za-z'\u2019.-]+){{0,3}})"
    r"[ \t]*\((?P<aff>[^()\n]{2,80})\)[ \t]*:")
_WORD = re.compile(r"[a-z][a-z'\u2019-]+")


@lru_cache(maxsize=64)
def official_labels(text: str) -> frozenset[str]:
    """Surnames (lower case) of the labelled speakers whose affiliation is a state body."""
    out = set()
    for m in _AFFILIATED.finditer(text):
        words = _WORD.findall(re.sub(rf"^{_TITLE}", "", m.group("label")).lower())
        aff = m.group("aff").split(",")[0].strip()
        if words and len(words) <= 3 and classify(aff) == "official" and classify(m.group("aff")) == "official":
            out.add(words[-1])
    return frozenset(out)


def official_label_name(wording: str | None, text: str) -> bool:
    """Is ``wording`` ("Mr Paul Hale", "Mr Hale") a labelled speaker whose affiliation is a state body?"""
    if not wording or "(" not in text:
        return False
    words = _WORD.findall(wording.lower())
    return bool(words) and len(words) <= 4 and words[-1] in official_labels(text)
