"""A spokesperson given without the body they speak for ("We contacted the plant's owner, Haixing Foods; a
spokesman said ...") speaks for the body the text named just before: a company's spokesperson is
``organization`` (README, Quality: a company's spokespeople), a state body's ``official``. Without a body
named in the same paragraph before it, the spokesperson keeps the kind the classifier gave (``official``).
The body words are data (``knowledge/speaker_roles.yaml``, ``bare_spokes_*_words``). Called from
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from labourlens import knowledge
from labourlens.model import Source

__all__ = ["bare_spokespeople", "body_before", "body_speaking_before"]

_BARE = re.compile(r"^(?:a|an|the|one)\s+(?:company\s+|firm['\u2019]s\s+)?spokes(?:man|woman|person)$", re.IGNORECASE)
# "Its spokeswoman, Anna Petrova", "Its manager, Pavel Orlov": the body's named spokesperson or manager, "its" being
# the body named just before (a manager only when that body is a firm: a state body's "manager" is no spokesperson);
# "Its Lusaka office manager, Peter Xu", "Its public relations officer, Grace Mwangi": a role with its qualifiers
_ITS_NAMED = re.compile(r"^its\s+(?P<role>(?:[\w'\u2019-]+\s+){0,3}?(?:spokes(?:man|woman|person)|"
                        r"(?:press|public\s+relations|communications|media)\s+officer|manager)),\s+"
                        r"(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})$", re.IGNORECASE)


# the end of the sentence in which a body spoke (a body the sentence names after the speaker is what it spoke about)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d'\u2019)]*(?=\s)")


def _words_re(key: str, flags: int = 0) -> re.Pattern[str]:
    """Whole words of the list ``key`` in knowledge/speaker_roles.yaml (an apostrophe also matches a curly one)."""
    words = sorted((str(w) for w in knowledge.load("speaker_roles.yaml").get(key) or []), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace("'", "['\u2019]") for w in words) or "(?!)"
    return re.compile(rf"\b(?:{alternation})\b", flags)


@lru_cache(maxsize=1)
def _lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _words_re("bare_spokes_state_words", re.IGNORECASE), _words_re("bare_spokes_firm_words")


def body_before(text: str, start: int, paragraph: bool = True, after: int = -1) -> str | None:
    """ "organization" or "official" for the body named last in the paragraph (or, with ``paragraph`` false, the
    300 characters) before offset ``start``, and past offset ``after``."""
    para = text.rfind("\n\n", 0, start) if paragraph else -1
    lo = max(para + 2 if para >= 0 else 0, start - 300, after)
    window = text[lo:start] if lo < start else ""
    state_re, firm_re = _lists()
    state = [m.end() for m in state_re.finditer(window)]
    firm = [m.end() for m in firm_re.finditer(window)]
    if not state and not firm:
        return None
    return "organization" if (firm[-1] if firm else -1) > (state[-1] if state else -1) else "official"


def body_speaking_before(sources: Sequence[Source], start: int) -> tuple[str, int] | None:
    """The kind of the body (a firm or a state body, or "group" for a rights group) that spoke last within 400
    characters before ``start``, with the end of its mention: what "its" in "Its spokeswoman, X" refers to."""
    from labourlens.analyse.speaker_roles import other_body  # noqa: PLC0415 - speaker_roles imports the speakers chain

    best: tuple[int, str, int] | None = None
    for s in sources:
        if s.kind not in ("official", "organization"):
            continue
        # a rights group's or NGO's manager speaks as a person (README): no firm to speak for
        kind = "group" if s.kind == "organization" and other_body("company", s.wording or "") else s.kind
        for a, b in s.spans:
            if start - 400 <= a < start and (best is None or a > best[0]):
                best = (a, kind, b)
    return (best[1], best[2]) if best else None  # "group": a rights group or NGO, whose manager speaks as a person


def bare_spokespeople(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each bare spokesperson given the kind of the body named just before it."""
    out: list[Source] = []
    for s in sources:
        wording = (s.wording or "").strip()
        if s.kind in ("official", "organization") and s.spans and _BARE.match(wording):
            kind = body_before(text, min(s.spans)[0])
            if kind is not None and kind != s.kind:
                s = replace(s, kind=kind)
        elif s.spans and (named := _ITS_NAMED.match(wording)) is not None:
            at = min(s.spans)[0]
            manager = named["role"].lower().endswith("manager")
            # the body that spoke last, unless the paragraph names another after what it said ("The police said
            # ... . The agency named by the company, X, is registered in Y. Its manager, Z, said"), else the one
            # named last; a manager of no body named is a firm's
            spoke_at = body_speaking_before(sources, at)
            said_end = _SENTENCE_END.search(text, spoke_at[1]) if spoke_at else None
            spoke = (body_before(text, at, after=said_end.end() if said_end else at) or spoke_at[0]) \
                if spoke_at else None
            kind = None if spoke == "group" else spoke or body_before(text, at, paragraph=False) or (
                "organization" if manager else None)
            if kind is not None and kind != s.kind and (kind == "organization" or not manager):
                s = replace(s, kind=kind)
        out.append(s)
    return out
