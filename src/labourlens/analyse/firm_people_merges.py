"""A person given with a firm's own name in the possessive, speaking after the text named the firm as a speaker: one
source with the firm (README: a company and its spokespeople or directors are one ``organization`` source).

"GoRide rejected the riders' account. ... GoRide's head of operations, Ilya Markov, said ...": the head of
operations speaks for the firm the text named before by that name ("X" of "X Group" too). A bare "a spokeswoman"
after a firm is left to the kinds of :mod:`labourlens.analyse.firm_voices_after`.

Called from :func:`labourlens.analyse.forum_posts.final_sources` after the kinds are settled; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["firm_people_merges"]

# "GoRide's operations director, Ilya Markov", "GoRide's spokesman": the firm's own name, then a role
_POSSESSED = re.compile(r"^(?P<firm>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})['\u2019]s?\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:director|manager|spokes(?:man|woman|person)|chief\s+executive|ceo|"
                        r"president|chairman|chairwoman|owner|representative)\b", re.IGNORECASE)
_CAPITAL_RUN = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*")


def _names(wording: str) -> set[str]:
    """The runs of capitalised words in a firm's wording ("The delivery platform GoRide" -> {"GoRide"})."""
    return {m.group(0) for m in _CAPITAL_RUN.finditer(wording) if m.group(0).lower() not in ("the", "a", "an")}


def firm_people_merges(text: str, result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a person given with the firm's name in the possessive merged into the firm (``result``
    rewritten in place; see the module docstring). ``text`` is unused but kept beside the other final passes."""
    del text
    ordered = sorted((s for s in sources if s.spans), key=lambda s: min(s.spans)[0])
    merged: dict[str, Source] = {}
    for i, s in enumerate(ordered):
        owned = _POSSESSED.match((s.wording or "").strip()) if s.kind == "organization" else None
        if owned is None:
            continue
        firm = owned.group("firm")
        firms = [e for e in ordered[:i] if e.key not in merged and e.kind == "organization"
                 and not _POSSESSED.match(e.wording or "")
                 and any(n == firm or n.startswith(firm + " ") for n in _names(e.wording or ""))]  # "X" of "X Group"
        if len(firms) == 1:
            merged[s.key] = firms[0]
    return merge_into(sources, result, merged)
