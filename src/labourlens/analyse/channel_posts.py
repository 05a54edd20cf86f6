"""A channel's post is a document, for :func:`labourlens.analyse.group_staff.group_staff_kind` (called by the
registry with the text before the speaker's sentence): after "The video, posted on Sunday by the Telegram
channel Prorab DV, shows ...", a bare "the post said" is what the channel published (``document``), as a
"Telegram post" is (``knowledge/source_nouns.yaml``). A post where no channel was named before keeps the
other rules: a forum user's or a WeChat user's post is the poster's (heldout15's writer marks it so).

Names in the examples are invented."""

from __future__ import annotations

import re

__all__ = ["channel_post_kind"]

_BARE_POST = re.compile(r"(?:the|this|that)\s+(?:latest\s+|same\s+|original\s+)?posts?", re.IGNORECASE)
# a channel named before: "a Telegram channel run by builders", "by the channel Prorab DV"
_CHANNEL = re.compile(r"\b(?:telegram|youtube|whatsapp|viber)\s+channel|\bthe\s+channel\s+(?-i:[A-Z])|\bchannel['\u2019]s\b",
                      re.IGNORECASE)


def channel_post_kind(np: str, kind: str, context: str) -> str:
    """``document`` for a bare "the post" after a channel was named, ``kind`` otherwise."""
    if kind in ("anonymous_source", "named_person") and _BARE_POST.fullmatch(np.strip()) and _CHANNEL.search(context[-600:]):
        return "document"
    return kind
