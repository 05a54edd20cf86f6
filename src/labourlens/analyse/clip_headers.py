"""Items of a researcher's clipping file, a pass of :mod:`labourlens.analyse.forum_posts` (the last passes of the
attribution).

A clipping file sets each summary under a numbered header that names the outlet clipped ("[Clip 3] Harbour Ledger,
4 May 2026 - on a dock strike", "[Clipping 2] Radio Lautoka (Fiji), 9 June 2026"). The summary's sentences that
speak in the file's own voice or through a definite noun for the outlet ("The paper reports that ...", "The
broadcaster says ...") are the clipped outlet's, kind ``outlet`` (``organization`` when the header tags it as a group:
"(NGO)"). A header with no stop at its end runs into the summary's first sentence, so that its subject reads as
"[Clip 3] Harbour Ledger, ...\\nThe paper": that subject is the outlet too, and any other subject after the header
line is read on its own ("[Clip 5] ...\\nKestrel Mills, a sawmill in Tomsk" is Kestrel Mills). The researcher's own
notes ("My note: ...") stay the file's. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention
from labourlens.model import Sentence, Source

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["clip_headers"]

_HEADER = re.compile(r"^\s*\[\s*(?:Clip|Clipping|Cutting|Item)\s*\d{1,3}\s*\]\s+(?P<name>[^,(\n\]]{3,80}?)\s*"
                     r"(?:\((?P<tag>[^)\n]{1,60})\))?\s*,")
# a group rather than a publication: "(NGO)", "(charity)", "(union)"
_GROUP_TAG = re.compile(r"^(?:an?\s+)?(?:NGO|charity|union|trade union|rights group|advocacy group|civic group|"
                        r"foundation|campaign group)$", re.IGNORECASE)
# the outlet named again by a definite noun
_BACKREF = re.compile(r"^(?:the|this)\s+(?:paper|newspaper|daily|weekly|broadcaster|station|channel|bulletin|"
                      r"newsletter|magazine|outlet|site|website|wire|agency|portal|programme|program|show)$",
                      re.IGNORECASE)
# a group tagged as such in its header, named again: "The group reports that ..."
_GROUP_BACKREF = re.compile(r"^(?:the|this)\s+(?:group|organi[sz]ation|ngo|charity|union|foundation|campaign)$",
                            re.IGNORECASE)
_NOTE = re.compile(r"^\s*(?:my\s+)?(?:note|notes|comment|nb)\s*:", re.IGNORECASE)


def _item(sentences: Sequence[Sentence], i: int) -> list[int]:
    """The summary under the header in sentence ``i``: the rest of its paragraph, or the next paragraph when the
    header stands alone."""
    s = sentences[i]
    if "\n" in s.text.strip():
        para = s.paragraph
        return [i] + [k for k in range(i + 1, len(sentences)) if sentences[k].paragraph == para]
    if i + 1 >= len(sentences):
        return []
    para = sentences[i + 1].paragraph
    return [k for k in range(i + 1, len(sentences)) if sentences[k].paragraph == para]


def clip_headers(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a clipped summary's own-voice and "the paper" sentences to the outlet its header names (in place)."""
    if "[Clip" not in text and "[Cutting" not in text and "[Item" not in text:
        return  # speed: nearly every document has no clip header
    by_key: dict[str, Source] = {src.key: src for src in reg.sources()}
    for i, s in enumerate(sentences):
        m = _HEADER.match(s.text)
        if m is None:
            continue
        clip: Source | None = None
        for k in _item(sentences, i):
            t = sentences[k].text
            if _NOTE.match(t) or sentences[k].kind not in ("body", "headline"):
                continue
            key = result[k].source
            old = by_key.get(key)
            wording = (old.wording or "").strip() if old is not None else ""
            rest = wording.rsplit("\n", 1)[-1].strip() if wording.startswith("[") and "\n" in wording else None
            if rest is not None and rest and not _BACKREF.match(rest):
                pos = t.find(rest)
                if pos >= 0:  # a subject after the header line: read on its own
                    src = reg.resolve(Mention(rest, pos, pos + len(rest), result[k].cue or "said", True),
                                      sentences[k].start, "")
                    by_key[src.key] = src
                    result[k] = replace(result[k], source=src.key)
                continue
            span = result[k].span
            said = t[span[0]:span[1]].strip() if span else wording  # the words that name it here ("The group")
            tag = (m.group("tag") or "").strip()
            named_again = _BACKREF.match(said) or _GROUP_TAG.match(tag) and _GROUP_BACKREF.match(said)
            own = key == OUTLET_KEY and not result[k].explicit
            if not (own or rest is not None or named_again):
                continue
            if clip is None:
                name = m.group("name").strip()
                clip = reg.resolve(Mention(name, m.start("name"), m.start("name") + len(name), "reports", True),
                                   s.start, "")
                clip.kind = "organization" if _GROUP_TAG.match(tag) else "outlet"
                by_key[clip.key] = clip
            result[k] = replace(result[k], source=clip.key)
