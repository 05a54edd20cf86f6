"""A body that would not answer one question but answered another: "The company did not respond to
questions about the dormitory but said the workers were paid on time", "Kestrel Foods declined to
comment on the audit, but has said its staff can leave at any time". The subject of the refusal is the
speaker of the clause after "but" (when no new subject opens it)."""
from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _cue, _plausible, classify

_REFUSED_BUT = re.compile(
    r"^\s*(?P<sp>(?:[Tt]he|[Aa]n?|[Ii]ts|[A-Z][\w'\u2019.&-]*)(?:\s+[\w'\u2019.&-]+){0,6}?)\s+"
    r"(?:did\s+not|didn['\u2019]t|has\s+not|had\s+not|would\s+not|could\s+not|declined\s+to|refused\s+to)\s+"
    r"(?:directly\s+)?(?:respond|answer|reply|comment|address|confirm|say)\b[^;:\"]{0,140}?,?\s+but\s+"
    r"(?:(?:it|he|she|they)\s+)?(?:has\s+|had\s+|have\s+)?(?:previously\s+|earlier\s+|repeatedly\s+)?"
    r"(?P<verb>said|told|added|insisted|maintained|stated|denied|noted)\b")

_KINDS = frozenset({"organization", "official", "outlet", "named_person", "anonymous_source"})


def refused_but_said(text: str) -> Mention | None:
    """The speaker of "X did not answer ... but said ..." (None for any other sentence)."""
    if " but " not in text:
        return None
    m = _REFUSED_BUT.match(text)
    if m is None:
        return None
    sp = m.group("sp")
    if not _plausible(sp) or classify(sp) not in _KINDS:
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), _cue(m.group("verb")), '"' in text[m.end():])
