"""A translated page's first line naming the paper it comes from, for the outlet votes of
:mod:`labourlens.analyse.outlet_forms` (and so :mod:`labourlens.analyse.meta`).

"Al-Noor Weekly (Doha) — Translated from Arabic by Samir Haddad for ...", "L'Écho du Kasaï — translated from
French": the page is that paper's article in translation, and the paper is its outlet. Only the first line of
the page is read, and only when it says the text was translated from a language. Examples here and in the
tests are invented.
"""

from __future__ import annotations

import re

__all__ = ["votes"]

_LINE = re.compile(r"^[ \t*_#]*(?P<name>[A-Z][^\n\u2014\u2013|()]{2,60}?)[ \t]*(?:\([^()\n]{2,30}\)[ \t]*)?"
                   r"(?:[\u2014\u2013|]|[ \t]-)[ \t]*(?:[Tt]ranslated|[Tt]ranslation)[ \t]+(?:from[ \t]+)?[A-Z][a-z]+\b")


def votes(text: str) -> list[tuple[str, float, str]]:
    """The paper a translated page's first line names, as ``(name, weight, cue)`` outlet votes."""
    first = next((ln for ln in text[:400].splitlines() if ln.strip()), "")
    m = _LINE.match(first)
    if m is None or len(m.group("name").split()) > 8:
        return []
    return [(m.group("name").strip(), 3.0, "header")]
