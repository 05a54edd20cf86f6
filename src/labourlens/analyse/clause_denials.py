"""Denials told inside a clause of a sentence that also affirms something, for the polarity corrections of one
sentence (:mod:`labourlens.analyse.indicator_polarity`).

A statement may praise and deny at once: 'its employees "enjoy the same pay as all other staff" and that it had
never confiscated identity documents'. The claim reads as affirmed, but the hit inside the denying clause is no
evidence. Four shapes of clause deny the abuse cue that follows in them:

* a body denies its own act: "that it had never confiscated", "the company has not withheld" (``it`` or an
  employer-side noun, then "never" or "not" before the verb);
* coercion denied through a null subject: "no worker had been made to work overtime", "nobody was forced to
  stay" ("no worker was paid in March", which states the abuse, is not such a clause: the verb must be one of
  forcing);
* an act denied through a null subject with an active verb: "No one takes our phones", "nobody keeps our
  passports" ("nobody can leave", "no one was allowed out" and "nobody keeps their own papers" state the abuse and
  are not matched);
* evidence denied: "Nothing in the files shows wages being withheld".

A clause ends at a comma, semicolon, colon, full stop or a contrast ("but", "yet", "however"). Examples here are
invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated
from labourlens.analyse.indicator_subjects import move_inside
from labourlens.model import IndicatorHit

__all__ = ["clause_denials"]

_LEAD = r"(?:^|[,;:]\s*|\b(?:that|and)\s+)[\"'\u201c]?"
_BODY_NEVER = gated(
    _LEAD + r"(?:it|the\s+(?:company|firm|employer|contractor|subcontractor|agency|operator|plant|factory|mine|group|"
    r"management))\s+(?:had\s+|has\s+|have\s+|did\s+|does\s+|do\s+|would\s+|will\s+)?(?:never|not)\b")
# (s48, heldout436) a place or a time between the null subject and its verb: "nobody at the mill is made to", "Nobody
# now keeps my passport", "no one here takes"
# (s49) also a side or a party the nobody is drawn from: "nobody from the Chinese side ever struck us"
_BETWEEN = r"(?:(?:at|in|on|from)\s+(?:the|this|that|our|its|their|my)\s+(?:[\w-]+\s+)?[\w-]+\s+|(?:now|here|today|any\s+longer)\s+)?"
_NONE_FORCED = gated(
    _LEAD + r"(?:no\s+(?:worker|employee|one|member\s+of\s+staff)|nobody|no-one)\s+" + _BETWEEN
    + r"(?:had\s+|has\s+)?(?:been|was|is|were)\s+"
    r"(?:ever\s+)?(?:made|forced|compelled|required|pressured|coerced|obliged)\s+to\b")
_NONE_ACTS = gated(
    _LEAD + r"(?:no\s+one|nobody|no-one)\s+" + _BETWEEN + r"(?:ever\s+)?(?:takes|took|keeps|kept|holds|held|confiscates|confiscated|"
    r"locks|locked|beats|beat|hits|hit|withholds|withheld|deducts|deducted|touches|touched)\b"
    r"(?!\s+(?:their|his|her|our|my)\s+own\b)")  # "Nobody keeps their own papers": everyone's are held
_NOTHING_SHOWS = gated(
    _LEAD + r"nothing(?:\s+in\s+[^,;:.]{1,40}?)?\s+(?:shows?|showed|suggests?|suggested|indicates?|indicated|proves?|"
    r"proved|points\s+to)\b")
_END = re.compile(r"[,;:.]|\b(?:but|yet|however|although|though|while|whereas)\b")
# (pattern, whether the denied cue may start at the clause's own start): a cue that holds the negation itself ("it
# had never paid overtime", "never paid") states the abuse, so after a body's or a forced "never" only cues that
# start after the negation count as denied; "No one takes our phones" is denied from its first word
_PATTERNS = ((_BODY_NEVER, False), (_NONE_FORCED, False), (_NONE_ACTS, True), (_NOTHING_SHOWS, True))


def _spans(low: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern, from_start in _PATTERNS:
        for m in pattern.finditer(low):
            end = _END.search(low, m.end())
            spans.append((m.start() if from_start else m.end(), end.start() if end else len(low)))
    return spans


def clause_denials(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
                   offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(kept hits, negated hits): the hits that start in a denying clause (see the module's note) move to the
    negated ones."""
    if not hits:  # (each pattern skips, through its gate, a sentence without its words)
        return hits, negated
    return move_inside(hits, negated, _spans(low), offset)
