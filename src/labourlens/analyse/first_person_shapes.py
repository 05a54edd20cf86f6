"""Speakers a first-person writer met: "I spoke to a site engineer who told me the men ...", "We met a
cook who said ...", "a regional official put it to me more bluntly: the crews ...". Used by
:func:`labourlens.analyse.mention_shapes.fallback_mention` when no other shape names a speaker.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["met_who_told_mention", "put_it_mention"]

_MET_WHO = re.compile(
    r"\b(?:I|we|We)\s+(?:(?:also|later|once|recently|then)\s+)?(?:spoke|talked)\s+(?:to|with)\s+|"
    r"\b(?:I|we|We)\s+(?:(?:also|later|once|recently|then)\s+)?(?:met|interviewed|reached|visited|asked)\s+")
_WHO_TOLD = re.compile(
    r"(?P<sp>(?:a|an|one|another|two|three|several|some)\s[^,;:\"]{2,90}?)\s+who\s+(?:later\s+|also\s+)?"
    r"(?:told|tells|assured|showed)\s+(?:me|us)\b(?:\s+that)?|"
    r"(?P<sp2>(?:a|an|one|another|two|three|several|some)\s[^,;:\"]{2,90}?)\s+who\s+(?:said|says|described|"
    r"explained|recalled|insisted|confirmed)\b")
_PUT_IT = re.compile(
    r"(?:^|[,;]\s+(?:and|but)\s+|^(?:And|But)\s+)(?P<sp>(?:a|an|one|another|the)\s[^,;:\"]{2,80}?)\s+"
    r"(?:put|summed|summarised|summarized|described|explained)\s+it\s+(?:up\s+)?(?:to\s+(?:me|us)\s+)?"
    r"[^:\"]{0,60}:\s+(?=[a-z\"\u201c]|[A-Z])")


def met_who_told_mention(text: str) -> Mention | None:
    """ "I spoke to a site engineer who told me the men were locked in": the person met speaks."""
    for m in _MET_WHO.finditer(text):
        w = _WHO_TOLD.match(text, m.end())
        if w is None:
            continue
        group = "sp" if w.group("sp") is not None else "sp2"
        sp = w.group(group)
        if _plausible(sp) and classify(sp) in ("anonymous_source", "named_person", "official"):
            return Mention(sp, w.start(group), w.end(group), "told", False)
    return None


def put_it_mention(text: str) -> Mention | None:
    """ "..., and a regional official put it to me more bluntly: the system was built to ...": the
    person who put it speaks what follows the colon."""
    if " it " not in text or ":" not in text:
        return None
    m = _PUT_IT.search(text)
    if m is None or not _plausible(m.group("sp")) or classify(m.group("sp")) in (None, "document"):
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "said", False)
