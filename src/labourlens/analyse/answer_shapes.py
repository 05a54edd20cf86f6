"""A body that would not answer one question but answered another: "The company did not respond to
questions about the dormitory but said the workers were paid on time", "Kestrel Foods declined to
comment on the audit, but has said its staff can leave at any time". The subject of the refusal is the
speaker of the clause after "but" (when no new subject opens it). A question put and answered in one sentence
("X asked whether ...; Y replied that ...") is the answerer's."""
from __future__ import annotations

import re
from collections.abc import Callable

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


_ASKED = re.compile(r"\b(?:asked|asks)\s+(?:(?:the\s+)?(?:witness|witnesses|panel|officials?)\s+)?(?:whether|if|why|how|what|who|"
                    r"when|where)\b[^;]{3,200};\s+(?=\S)")


def reply_after_question(m: Mention, text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """ "Senator Ana Ruiz asked whether the crews were paid; Whitlock replied that ...": the one who answers
    after the semicolon speaks the sentence's account, not the one who asked (None for any other shape)."""
    if m.cue != "ask" or ";" not in text:
        return None
    q = _ASKED.search(text, m.end)
    reply = find(text[q.end():]) if q is not None else None
    if q is None or reply is None or reply.start > 0:
        return None
    return Mention(reply.wording, reply.start + q.end(), reply.end + q.end(), reply.cue, reply.direct, reply.relay)
