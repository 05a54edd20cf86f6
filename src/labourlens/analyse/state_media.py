"""State media cited by kind and then by name, for :func:`labourlens.analyse.forum_posts.final_sources` (the last
pass of the attribution):

"China's state media on Wednesday dismissed the report as fabrication." and, in the next sentence, '"...," the
Global Times, a tabloid run by the party's flagship newspaper, said in an editorial.': the outlet the story then
names is the state media it spoke of, one source (the named outlet). Only media given by the state's kind ("state
media", "state-run television", "Russia's official press") and only a named outlet within the next two
attributed sentences; "local media" and a body that is no outlet are left alone. Names in the examples are
invented, except for styles of attribution."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Sentence, Source

__all__ = ["state_media_named"]

_BY_KIND = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['\u2019]s?\s+|[A-Z][\w-]*\s+)?(?:state|state-run|state-owned|"
    r"state-controlled|official|government|government-run|party|pro-government|pro-Kremlin)\s+(?:media|press|television|"
    r"tv|broadcasters?|news\s+outlets|outlets|newspapers|news\s+agencies)$", re.IGNORECASE)
_MEDIA_WORDS = ("media", "press", "television", "tv", "broadcaster", "outlets", "newspapers", "agencies")


def state_media_named(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with state media given by kind merged into the outlet named right after (``result`` in place)."""
    by_key = {s.key: s for s in sources}
    kinds = [s for s in sources if s.kind in ("organization", "outlet") and s.wording and any(
        w in s.wording.lower() for w in _MEDIA_WORDS)]
    merged: dict[str, Source] = {}
    for src in kinds:
        if not _BY_KIND.match((src.wording or "").strip()):
            continue
        at = [i for i, a in enumerate(result) if a.source == src.key]
        if not at:
            continue
        later = [a for a in result[at[-1] + 1:] if a.source != src.key and a.explicit][:2]
        named = next((by_key[a.source] for a in later if a.source in by_key and by_key[a.source].kind == "outlet"), None)
        if named is not None and named.key not in merged:
            merged[src.key] = named
    return merge_into(sources, result, merged) if merged else list(sources)
