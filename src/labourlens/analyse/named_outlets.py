"""A name the text gave as an outlet's, met again alone (used by :mod:`labourlens.analyse.forum_posts`, the last pass
of the attribution).

"..., the Saudi daily Al-Watan Al-Jadid reported, citing workers" and later "Al-Watan Al-Jadid said the contractor
...": alone, an outlet's name may read as a person's ("Al-Watan Al-Jadid", "Doğan Haber", "Kim Il Bo"), but the
text has said what it is: a daily, a newspaper, a news site, a channel. A speaker worded by that bare name is the
outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.analyse import name_search
from labourlens.model import Source

__all__ = ["introduced_as_outlet", "named_outlets"]

_MEDIA = (r"(?:daily|newspaper|paper|weekly|tabloid|magazine|outlet|news\s+(?:site|website|portal|agency)|website|"
          r"broadcaster|channel|television|TV|radio\s+station|news\s+agency|wire\s+service)")


# (speed) the media noun right before a name, searched in a window that ends at the name; a window that holds a
# long run of spaces may cut a match and leaves the answer to the per-name pattern
_MEDIA_END = re.compile(rf"\b{_MEDIA}[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)  # on one line: "... Weekly\n\nAna Ruiz" is no outlet
_EDGE = re.compile(r"\b")
_LONG_SPACE = re.compile(r"\s{40}")


def _after_media(text: str, name: str) -> bool | None:
    """Does ``name`` stand after a media noun (``named_outlets``' search)? None when this cannot tell."""
    low = name_search.lowered(text) if name.isascii() else None
    if low is None:
        return None
    for i in name_search.starts(low, name.lower()):
        lo = max(0, i - 200)
        if lo and _LONG_SPACE.search(text, lo, i):
            return None
        if _EDGE.match(text, i + len(name)) and _MEDIA_END.search(text, lo, i):
            return True
    return False


def introduced_as_outlet(context: str, name: str) -> bool:
    """Did ``context`` introduce ``name`` right after a media noun ("the Telegram channel Stroy Watch", "the regional
    news site Volga Segodnya")? Read when a new source is met, so that a firm's "the developer said" later is no
    back-reference to that outlet."""
    if not name[:1].isupper() or len(name) > 60:
        return False
    i = context.find(name)
    while i >= 0:
        if _EDGE.match(context, i + len(name)) and _MEDIA_END.search(context, max(0, i - 60), i):
            return True
        i = context.find(name, i + 1)
    return False


def named_outlets(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a person-like name that the text introduced after a media noun ("the Saudi daily X") read
    as that outlet."""
    out: list[Source] = []
    for s in sources:
        name = (s.wording or "").strip()
        # (speed: the per-name pattern scans the whole text, so it is asked only where the window could not tell)
        after = _after_media(text, name) if s.kind == "named_person" and name[:1].isupper() and 1 < len(name.split()) <= 5 \
            else False
        if after or after is None and re.search(rf"\b{_MEDIA}[ \t]+(?:the[ \t]+)?{re.escape(name)}\b", text, re.IGNORECASE):
            s = replace(s, kind="outlet")
        out.append(s)
    return out
