"""Explainers of labour rules, for the document-level gate (:mod:`labourlens.analyse.context`).

A page that explains what the law says ("Explained: what the new work permit rules mean", "Can my
employer keep my passport? No. Keeping an employee's passport is prohibited ...") speaks of passports,
fees and working hours in the words of rules, not of anything that happened to anyone: it describes no
forced labour and yields no claims. It is told apart by an explainer's frame (a heading such as
"Explained:" or "What you need to know", or several question headings on their own lines), a body in
which rules and rights are the common sentence ("may not", "is prohibited", "are entitled to", "under
the law") and no account of events: no worker or source telling what was done to them. The words are
the knowledge file ``indicators.yaml`` (``rules_explainer``)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["rules_explainer"]

# what the page explains: a law, its rules, a permit or visa regime
_LAW = re.compile(r"\b(?:law|laws|rules?|regulations?|decree|code|act|permits?|visas?|ministry|contract)\b", re.IGNORECASE)

_QUESTION_LINE = re.compile(r"(?m)^[ \t]*(?:Q[:.][ \t]*)?(?:What|Who|Can|Do|Does|Is|Are|How|When|Where|Which|Why|Will|Must)"
                            r"\b[^\n?]{3,120}\?[ \t]*$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml").get("rules_explainer") or {}
    frame = re.compile(rf"\b(?:{word_alternation([str(w) for w in data.get('frames') or []])})", re.IGNORECASE)
    norm = re.compile(rf"\b(?:{word_alternation([str(w) for w in data.get('rule_words') or []])})\b", re.IGNORECASE)
    events = re.compile(rf"\b(?:{word_alternation([str(w) for w in data.get('event_words') or []])})\b", re.IGNORECASE)
    return frame, norm, events


def rules_explainer(text: str, body_sentences: list[str]) -> bool:
    """Is the page an explainer of labour rules that tells of no events?"""
    if not body_sentences:
        return False
    frame, norm, events = _patterns()
    framed = frame.search(text[:600]) is not None or len(_QUESTION_LINE.findall(text)) >= 2
    if not framed:
        return False
    rules = sum(1 for s in body_sentences if norm.search(s))
    told = sum(1 for s in body_sentences if events.search(s))
    laws = len(_LAW.findall(" ".join(body_sentences)))
    return rules * 3 >= len(body_sentences) and told == 0 and laws >= 2
