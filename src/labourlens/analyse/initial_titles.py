"""A person named again by the initials of the title they were first given, a pass of
:mod:`labourlens.analyse.forum_posts`: after "Assistant Public Prosecutor Mei Tan said ...", a later "..., the APP said"
is Mei Tan again, not the prosecution at large nor another prosecutor met since. The initials must spell the title's
capitalised words exactly ("Chief Labour Inspector Ana Ruiz" ... "the CLI"). Examples here and in the tests are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.gated import gated
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["initial_titles"]

# "..., the CLI said.", "The APP told the court ...", "according to the APP"
_INITIALS = gated(r"\b[Aa]ccording\s+to\s+the\s+(?P<acr2>[A-Z]{2,5})\b|\b[Tt]he\s+(?P<acr>[A-Z]{2,5})\s+"
                  r"(?:said|says|told|tells|added|argued|submitted|noted|stated)\b")
# the capitalised words of a titled name: "Deputy Public Prosecutor Farid Musa"
_CAPITALISED = re.compile(r"^[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){2,8}$")


def _titled_sources(reg: Registry) -> dict[str, str]:
    """The initials of the titles of the named sources -> their keys: every run of two or more words before at least
    one word of the name ("AP", "APP" and "APPF" of "Assistant Public Prosecutor Farid Musa", the last never written);
    an initialism two people share names neither."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for src in reg.sources():
        wording = (src.wording or "").strip()
        if src.kind not in ("official", "named_person") or _CAPITALISED.match(wording) is None:
            continue
        words = wording.split()
        for n in range(2, min(len(words) - 1, 5) + 1):
            acr = "".join(w[0] for w in words[:n])
            if acr in out and out[acr] != src.key:
                shared.add(acr)
            out[acr] = src.key
    return {a: k for a, k in out.items() if a not in shared}


def initial_titles(sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a sentence that reports for "the APP" to the person first named with that title (in place)."""
    titled: dict[str, str] | None = None
    for i, s in enumerate(sentences):
        m = _INITIALS.search(s.text) if "the " in s.text.lower() else None
        if m is None:
            continue
        if titled is None:
            titled = _titled_sources(reg)
        key = titled.get(m.group("acr") or m.group("acr2"))
        if key is not None and result[i].source != key:
            result[i] = replace(result[i], source=key)
