"""A denial that no place of a kind is one where the abuse happens: "there was not a single kiln in Punjab where workers
were kept against their will", "No member runs a factory in which passports are held". The cue sits in the clause
that hangs on the denied place, too far from the negation for the word window of
:func:`labourlens.analyse.indicator_negation.before`, so :func:`none_where` moves the hits of that clause to the
negated ones. Used by :func:`labourlens.analyse.cue_readings.unproven`; examples are invented."""

from __future__ import annotations

import re

from labourlens.model import IndicatorHit

__all__ = ["NONE_OF_FRONTED", "none_where"]

# "(there is) no / not a single / not one" + a place or employer of the trade (in quotes, with a place after it)
# + "where" / "in which" / "that"
_NONE_WHERE = re.compile(
    r"\b(?:no|not\s+(?:a\s+single|one|any)|nor\s+(?:a\s+single|any))\s+[\"'\u201c\u2018]?(?:[\w-]+\s+){0,2}?"
    r"(?:kilns?|factor(?:y|ies)|plants?|sites?|farms?|mines?|mills?|workshops?|workplaces?|places?|premises|boats?|"
    r"vessels?|estates?|plantations?|companies|company|firms?|employers?|owners?|members?|households?|homes?|camps?)"
    r"[\"'\u2019\u201d]?(?:\s+(?:in|at|on|of|across|anywhere\s+in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s*,?\s+(?:where|in\s+which|at\s+which|that|which)\b",
    re.IGNORECASE,
)
# (s48, heldout436) the places denied up front, with the subject after the auxiliary, before a verb of finding: "In
# none of the nine dormitories did our monitors see locked doors", "At none of the camps did the team see guards"
# (also read by :func:`labourlens.analyse.claim_filters.finding_denial`, anywhere in a sentence)
NONE_OF_FRONTED = (r"(?:in|on|at|from)\s+none\s+of\s+[^,;.]{1,60}?\s+did\s+(?:[\w'-]+\s+){1,3}?"
                   r"(?:find|see|record|observe|document|identify|detect|note|witness|encounter)\b")
_NONE_OF_FRONTED = re.compile(r"(?:^|[,;:]\s*)[\"'\u201c]?" + NONE_OF_FRONTED, re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\b(?:but|however|yet|although|though|whereas)\b|[.!?][\"'\u201d\u2019]?\s")


def none_where(text: str, hits: list[IndicatorHit], negated: list[IndicatorHit],
               offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): the hits (at ``offset`` + positions in ``text``) in the clause after "no kiln
    where" / "not a single factory in which" (or after "On none of the farms did we find") move to the negated ones."""
    if not hits:
        return hits, negated
    low = f" {text.lower()} "
    if " no " not in low and "not " not in low and "nor " not in low and "none of" not in low:
        return hits, negated
    spans = []
    for m in (*_NONE_WHERE.finditer(text), *_NONE_OF_FRONTED.finditer(text)):
        stop = _CLAUSE_END.search(text, m.end())
        spans.append((m.end(), stop.start() if stop else len(text)))
    inside = [h for h in hits if any(s <= h.start - offset < e for s, e in spans)]
    if not inside:
        return hits, negated
    return [h for h in hits if h not in inside], negated + inside
