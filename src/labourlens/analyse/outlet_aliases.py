"""A page's own name met as a speaker: "The Ministry also notes that ..." on a release that the Ministry of X
issues, once "the Ministry" has taken the body's full name. The registry gives a mention worded as the outlet to the
page's voice when it meets it; a short form that takes the outlet's full name only later ("The Ministry" read as
"Ministry of Human Resources and Emiratisation") is given to it here, in the last pass of the attribution
(:func:`labourlens.analyse.forum_posts.final_sources`). Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import to_page_voice
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Source

__all__ = ["outlet_aliases"]

_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _norm(name: str) -> str:
    return " ".join(_THE.sub("", name.strip()).casefold().split())


def outlet_aliases(result: list[Any], sources: Sequence[Source], outlet: str | None) -> list[Source]:
    """``sources`` without those worded as the page's own outlet, whose attributions go to the page's voice (``result``
    rewritten in place)."""
    if not outlet or len(outlet.split()) < 3:
        return list(sources)
    own = _norm(outlet)
    keys = {s.key for s in sources if s.key != OUTLET_KEY and s.kind in ("official", "organization")
            and _norm(s.wording or "") == own}
    return to_page_voice(sources, result, keys)
