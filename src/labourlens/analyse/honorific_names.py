"""A given name with a word of respect after it ("Gulnara eje says", "Rustam aka said", "Ravi bhai told us"):
the person named, by the name alone. The words are listed in ``given_names.yaml`` (``honorifics_after_name``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["without_honorific"]


@lru_cache(maxsize=1)
def _honorific_name() -> re.Pattern[str]:
    words = [str(w) for w in knowledge.load("given_names.yaml").get("honorifics_after_name") or []]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # one or two capitalised names, then the lower-case word of respect (with or without a hyphen)
    return re.compile(rf"^((?:[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z]+)?)(?:\s+[A-Z][a-z'\u2019]+)?)[\s-](?:{alt})$")


def without_honorific(sp: str) -> str:
    """``sp`` without a word of respect written after the name ("Gulnara eje" -> "Gulnara"); else ``sp``."""
    m = _honorific_name().match(sp.strip())
    return m.group(1) if m is not None else sp
