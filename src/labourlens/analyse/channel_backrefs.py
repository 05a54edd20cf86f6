"""A channel named once and then "the channel" ('... after it was posted by the Telegram channel Stroika Vestnik,
which covers the building trade. "...," the channel wrote.'): the channel's words are the named channel's, worded by
its name (a named outlet or Telegram channel cited as a source is ``outlet``). A channel the text never names keeps
"the channel". Called from :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.model import Source

__all__ = ["channel_names"]

_PLATFORM = r"(?:Telegram|VK|VKontakte|WhatsApp|YouTube|TikTok|Instagram|Facebook|X|Twitter|Viber)"
_BARE = re.compile(rf"^(?:the|this|that)\s+(?:{_PLATFORM}\s+)?(?:channel|account|page)$", re.IGNORECASE)
_NAME = r"[\"\u201c]?(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+(?:[A-Z][\w'\u2019.-]*|bez|na|i|v|za|s|dlya|of|the|and)){0,5})[\"\u201d]?"
# "the Telegram channel Stroika Vestnik", "Telegram channel \"Baza\""; "the Stroika Vestnik Telegram channel"
_NAMED_AFTER = re.compile(rf"\b{_PLATFORM}\s+(?:channel|account|page)\s+{_NAME}")
_NAMED_BEFORE = re.compile(rf"\b(?:the\s+)?{_NAME}\s+{_PLATFORM}\s+(?:channel|account|page)\b")
_TRAILING_SMALL = re.compile(r"(?:[ \t]+(?:bez|na|i|v|za|s|dlya|of|the|and))+$")


def _named_before(text: str, at: int) -> str | None:
    """The name of the channel the text named last before offset ``at``."""
    found = [(m.start(), m.group("name")) for rx in (_NAMED_AFTER, _NAMED_BEFORE) for m in rx.finditer(text, 0, at)]
    if not found:
        return None
    name = _TRAILING_SMALL.sub("", max(found)[1]).strip().rstrip(".")  # not the sentence's full stop
    return name if len(name) > 2 and name.lower() not in ("the", "a", "an") else None


def channel_names(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a bare "the channel" worded by the channel's name given before it."""
    out: list[Source] = []
    for s in sources:
        if s.kind == "outlet" and s.spans and _BARE.match((s.wording or "").strip()) \
                and (name := _named_before(text, min(s.spans)[0])) is not None:
            s = replace(s, wording=name, canonical=name)
        out.append(s)
    return out
