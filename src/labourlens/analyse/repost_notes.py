"""Items a newsletter or a page reposts under a line that credits them, a pass of :mod:`labourlens.analyse.forum_posts`
(the last passes of the attribution).

A roundup sets a reposted item under a bracketed credit line ("[Reposted from Radio Lautoka, 3 November 2026]",
"[Reposted from a Telegram post by a hometown club in Puebla]", "[Republished from the Harbour Ledger]") and
copies the item below it. The item's sentences that name no speaker of their own are the credited source's, not the
roundup's: the outlet reposted ("Radio Lautoka": ``outlet``) or the author of the post ("a hometown club in
Puebla"), whatever kind the speaker rules give it. The item runs to the end of its paragraph (the paragraph after the
line when the line stands alone). Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.clip_headers import clip_headers
from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["repost_notes"]

_LINE = re.compile(r"^\s*\[\s*(?:Re-?posted|Republished|Reprinted|Shared|Cross-posted)\s+(?:from|with\s+thanks\s+to)\s+"
                   r"(?P<src>[^\]\n]{3,140}?)\s*\]\s*$", re.IGNORECASE)
# the date the credit ends with: ", 22 November 2026", ", Nov. 3", ", 2026-11-03"
_DATE_TAIL = re.compile(r",\s*(?:(?:on\s+)?\d{1,2}\s+[A-Za-z]+\.?(?:\s+\d{4})?|[A-Za-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
                        r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})\s*$")
# the post the credit names before its author: "a Telegram post by", "a statement from", "the thread of"
_POST_BY = re.compile(r"^(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:post|posts|statement|thread|message|video|page|"
                      r"story|article|report|note|letter|notice|update)\s+(?:by|from|of)\s+", re.IGNORECASE)


def _credited(line: str) -> tuple[str, int] | None:
    """The source a credit line names and its offset in the line."""
    m = _LINE.match(line)
    if m is None:
        return None
    src, start = m.group("src"), m.start("src")
    src = _DATE_TAIL.sub("", src).strip()
    post = _POST_BY.match(src)
    if post is not None:
        src, start = src[post.end():], start + post.end()
    return (src, start) if len(src) >= 3 else None


def repost_notes(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a reposted item's sentences with no speaker of their own to the source its credit line names, then a
    clipping file's summaries to the outlets their headers name (:mod:`labourlens.analyse.clip_headers`; in place)."""
    _reposts(text, sentences, result, reg)
    clip_headers(text, sentences, result, reg)  # "[Clip 3] Harbour Ledger, 4 May" + "The paper reports ...": the paper's


def _reposts(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    if "[" not in text or "osted" not in text and "ublished" not in text and "eprinted" not in text \
            and "hared" not in text:
        return  # speed: nearly every document has no credit line
    for i, s in enumerate(sentences):
        credit = _credited(s.text) if s.text.lstrip().startswith("[") else None
        if credit is None:
            continue
        wording, offset = credit
        item = [k for k in range(i + 1, len(sentences)) if sentences[k].paragraph == s.paragraph]
        if not item and i + 1 < len(sentences):
            item = [k for k in range(i + 1, len(sentences)) if sentences[k].paragraph == sentences[i + 1].paragraph]
        if not item:
            continue
        src = reg.resolve(Mention(wording, offset, offset + len(wording), "wrote", True), s.start, "")
        for k in item:
            if sentences[k].kind == "body" and (result[k].source == OUTLET_KEY or not result[k].explicit):
                result[k] = replace(result[k], source=src.key, cue="wrote", direct=True, explicit=False, span=None)
