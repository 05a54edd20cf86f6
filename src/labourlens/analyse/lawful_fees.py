"""Fees said to be within the law (extractor ``lawful_fees.v1``).

"Candidates paid a service fee of 9 million dong, below the legal ceiling", "a placement fee within the limit the
ministry sets", "the fee allowed by law": a fee the sentence itself places inside a legal cap is the lawful price of
a placement, not a debt that binds nor pay kept back. Hits whose cue names a fee (or a charge, dues, a payment) lose
their debt-bondage and withheld-wage readings when the sentence says so (``lawful_fees`` in
``knowledge/indicators.yaml``); a fee "above the legal ceiling" or "three times the amount allowed by law" (a word
of ``excess`` in the sentence) stays. A sentence that states the cap itself as what may be charged ("agencies may
charge jobseekers no more than half a month's salary") loses all its hits of those kinds."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.gated import gated
from labourlens.model import IndicatorHit

__all__ = ["EXTRACTOR", "without_lawful_fee_hits"]

EXTRACTOR = "lawful_fees.v1"

_FEE_CUE = re.compile(r"\b(?:fees?|charges?|dues|payments?)\b", re.IGNORECASE)
# the cap itself, stated as what may be charged: "brokers may charge jobseekers no more than half a month's salary",
# "recruiters can collect at most a set sum", "recruiters can take from applicants a processing charge of at most ...": a rule,
# whose wage and charging cues tell of nothing taken
_CAP_RULE = gated(
    r"\b(?:may|can|are\s+allowed\s+to|is\s+allowed\s+to|are\s+permitted\s+to|is\s+permitted\s+to)\s+"
    r"(?:charge|collect|take|deduct|ask\s+for)\b(?:\s+[\w'\u2019-]+){0,6}?\s+(?:no\s+more\s+than|not\s+more\s+than|"
    r"at\s+most|a\s+maximum\s+of|no\s+higher\s+than)\b", re.IGNORECASE)


def _words(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    alts = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    table = knowledge.load("indicators.yaml").get("lawful_fees") or {}
    return _words([str(p) for p in table.get("rules") or []]), _words([str(p) for p in table.get("rule_contrasts") or []])


def _contrasted(text: str) -> bool:
    """Does the sentence set a fact against the rule it states ("although", "were charged")?"""
    contrast = _rules()[1]
    return contrast is not None and contrast.search(text) is not None


def _fee_rule(text: str) -> bool:
    """Does the sentence state the rule on fees ("no placement fee can be collected from jobseekers"), setting no
    fact against it ("although", "were charged")?"""
    rule, contrast = _rules()
    return rule is not None and rule.search(text) is not None and (contrast is None or contrast.search(text) is None)


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, frozenset[str]]:
    table = knowledge.load("indicators.yaml").get("lawful_fees") or {}
    return (_words([str(p) for p in table.get("phrases") or []]), _words([str(p) for p in table.get("excess") or []]),
            frozenset(str(k) for k in table.get("kinds") or []))


def without_lawful_fee_hits(text: str, hits: list[IndicatorHit]) -> list[IndicatorHit]:
    """``hits`` of the sentence ``text`` without the fee hits of the listed kinds when the sentence places the
    fee inside a legal cap, or states the rule on fees and nothing against it."""
    if not hits:
        return hits
    lawful, excess, kinds = _table()
    if _CAP_RULE.search(text) and not _contrasted(text):  # the legal maximum itself: every fee and wage cue of it
        return [h for h in hits if h.indicator not in kinds]
    if lawful is None or not any(h.indicator in kinds and _FEE_CUE.search(h.cue) for h in hits):
        return hits
    if _fee_rule(text):
        return [h for h in hits if not (h.indicator in kinds and _FEE_CUE.search(h.cue))]
    if not lawful.search(text) or (excess is not None and excess.search(text)):
        return hits
    return [h for h in hits if not (h.indicator in kinds and _FEE_CUE.search(h.cue))]
