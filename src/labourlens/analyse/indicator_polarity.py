"""Polarity of indicator hits within one sentence, after the rules have matched
(:mod:`labourlens.analyse.indicators`).

Three structural corrections:

* deductions that repay a debt the sentence states belong to debt bondage, not to withholding;
* a negated subject read as a cue of its own ("no passports were being held": not workers
  without passports) counts as negated with the clause it opens;
* a justification of the practice ("kept for safekeeping at the workers' own request") presents
  it as consented to, which is how employers deny it: hits of the justified indicator count as
  negated. The cues are knowledge (``justified`` in ``knowledge/indicators.yaml``); a quoted cue counts
  too (the company's own words, relayed). "For safekeeping" alone is no such cue: a contract
  clause ("documents shall be kept by the leader for safekeeping") states the practice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.clause_denials import clause_denials
from labourlens.analyse.gated import gated
from labourlens.analyse.indicator_asides import drop_asides
from labourlens.analyse.indicator_existence import existence_denials
from labourlens.analyse.indicator_fragments import negated_fragments
from labourlens.analyse.indicator_norms import drop_norms
from labourlens.analyse.indicator_rejections import (
    drop_outsider_access,
    drop_paid_by_workers,
    drop_remedies,
    rejected_allegations,
)
from labourlens.analyse.indicator_status import presence_denials
from labourlens.analyse.indicator_subjects import subject_denials
from labourlens.errors import ConfigError
from labourlens.model import INDICATORS, IndicatorHit

__all__ = ["settle", "justified", "free_cue"]

_GATE = ("request", "wish", "consent", "agreement", "demand", "ask", "want", "voluntar", "blam", "client", "customer",
         "developer", "owner", "dispute", "deduct", "only ", "permitted", "allowed", "ccordance", "ompliance",
         "onformity", "self", "selves", "throughout", "for the whole", "for the entire", "at all times", "all along",
         "whole time", " in my", " on me", " with me", " in our", " with us", " full", "100", "exceed", "follow",
         "comply", "complie", "conform", "in line with", "equipment", "gear", "clothing", "boots", "kit", "protect",
         "security of", "safety of", "protection of", "inside", "prefer", "chose", "choose", "opted", "opt to", "opts to")  # one is in every cue


@lru_cache(maxsize=1)
def _justifications() -> dict[str, re.Pattern[str]]:
    data = knowledge.load("indicators.yaml")
    table = data.get("justified") or {} if isinstance(data, dict) else {}
    out: dict[str, re.Pattern[str]] = {}
    for indicator, cues in table.items():
        if indicator not in INDICATORS:
            raise ConfigError(f"unknown indicator '{indicator}' under 'justified' in knowledge/indicators.yaml; "
                              f"use one of {INDICATORS}")
        try:
            out[indicator] = re.compile(rf"(?<!\w)(?:{'|'.join(str(c) for c in cues)})(?!\w)")
        except re.error as e:
            raise ConfigError(f"bad pattern under 'justified.{indicator}' in knowledge/indicators.yaml ({e}); "
                              "fix the regular expression") from e
    return out


def justified(low: str) -> dict[str, list[tuple[int, int]]]:
    """Per indicator, the character spans where the (lower-case) sentence ``low`` justifies its
    practice as consented to."""
    out: dict[str, list[tuple[int, int]]] = {}
    if any(c in low for c in _GATE):
        for ind, pattern in _justifications().items():
            spans = [m.span() for m in pattern.finditer(low)]
            if spans:
                out[ind] = spans
    return out


# (and a recruiter's charge: "charged each worker a placement fee, deducted from pay over the first year")
_DEBT_CUE = re.compile(r"\b(?:owe[sd]?|owing|debts?|loans?|borrow\w*|repay\w*|lender|charg\w+|placement fees?|recruitment "
                       r"fees?)\b", re.IGNORECASE)
_DEDUCTION = gated(r"\b(?:deduct\w*|dock\w*|(?:taken|took|take|takes) out|withheld to (?:repay|cover))\b",
                   re.IGNORECASE)


_SHARE = re.compile(r"\b(?:per ?cent|percent|half|most|all|nearly all|two-thirds|three-quarters)\b|%")


def _repayments(hits: list[IndicatorHit], low: str) -> list[IndicatorHit]:
    """ "She owes the agency 20,000 yuan, which is deducted from her wages": deductions that repay a debt
    the sentence states are the debt's bondage, not a withholding of wages of their own. Only when every
    withholding cue is a deduction ("deducted, and no wages since March" keeps it), and not when the
    deductions are told as a share of the pay ("deductions of 70 per cent": most of the wage withheld)."""
    wages = [h for h in hits if h.indicator == "withholding_of_wages"]
    if not wages or not all(_DEDUCTION.search(h.cue) for h in wages) or _SHARE.search(low):
        return hits
    if not any(h.indicator == "debt_bondage" and _DEBT_CUE.search(h.cue) for h in hits):
        return hits
    return [h for h in hits if h.indicator != "withholding_of_wages"]


_OWED = re.compile(r"\bow(?:e|es|ed|ing)\b")
_OWED_WAGES = re.compile(r"\bow(?:e|es|ed|ing)\b(?:\s+\S+){0,5}?\s+(?:back pay|unpaid (?:wages|pay|salar\w+)|wage arrears|"
                         r"arrears|in (?:wages|salar(?:y|ies)|pay)|(?:their|his|her) (?:pay|wages|salar(?:y|ies))|"
                         r"(?:months?|weeks?)(?:'|\u2019)? (?:of )?(?:back )?(?:wages|pay|salar(?:y|ies)))\b")
_REAL_DEBT = re.compile(r"\b(?:borrow\w*|loans?|lender|debts?|fees?|advance\w*|repa(?:y|id)\w*|deduct\w*|interest)\b")


def _owed_wages(hits: list[IndicatorHit], low: str, offset: int) -> list[IndicatorHit]:
    """ "The contractor owed 120,000 dinars in back pay": an employer owing the workers their pay is the wages
    withheld, not a debt of theirs; debt-bondage hits whose cue is only "owe" go when the sentence names no
    loan, fee, advance or repayment."""
    if not any(h.indicator == "debt_bondage" for h in hits) or not _OWED_WAGES.search(low) or _REAL_DEBT.search(low):
        return hits
    return [h for h in hits if not (h.indicator == "debt_bondage" and _OWED.search(h.cue.lower()))]


_BY_WORKER = re.compile(r"\b(?:kept|held|retained|stored|carried|keeps?|holds?)(?: \w+){0,2}? by (?:the |each |every |a |its )?"
                        r"(?:workers?|employees?|migrants?|holders?|owners?|passport holders?|staff)(?: themselves)?\b"
                        r"|\b(?:kept|held|stay|stays|remain|remains) with (?:the |each |every )?(?:workers?|employees?|migrants?|"
                        r"holders?|owners?)(?: themselves)?\b"
                        # (s325) "the bosses let her keep her passport": the holder is the worker the bosses let keep it
                        r"|\blets? (?:him|her|them|us|me|(?:the )?workers|(?:the )?staff) keep\b")


def _kept_by_worker(hits: list[IndicatorHit], low: str, offset: int) -> list[IndicatorHit]:
    """ "Passports must be kept by the worker", "the documents stay with the workers themselves", "they let him keep
    his passport": the holder is the worker, so the sentence states no retention (the retention hits in that phrase go)."""
    spans = [m.span() for m in _BY_WORKER.finditer(low)] if "by" in low or "with" in low or "let" in low else []
    if not spans:
        return hits
    return [h for h in hits if not (h.indicator == "retention_of_identity_documents" and any(
        h.start - offset < e and s < h.end - offset for s, e in spans))]


_NO_SUBJECT = re.compile(r"(?:no|none of the|not a single|not one) \w+")
_AUX_AFTER = re.compile(r"\s+(?:was|were|is|are|has|have|had|being|been)\b")


def _negated_subject(h: IndicatorHit, negated: list[IndicatorHit], low: str, offset: int) -> bool:
    """ "No passports were being held": the cue "no passports" (workers without papers) is the negated
    subject of a clause whose verb the engine read as a negated hit of the same indicator. (Not "no wages
    were paid": paying is no abuse, so there is no negated hit; not "nobody told us": no auxiliary.)"""
    start, end = h.start - offset, h.end - offset
    return bool(_NO_SUBJECT.fullmatch(low, start, end)) and bool(_AUX_AFTER.match(low, end)) and any(
        n.indicator == h.indicator and start < n.start - offset < end for n in negated)


_CONTRAST = re.compile(r"\b(?:but|yet|however|although|though|while|whereas|still)\b|;")


def settle(hits: list[IndicatorHit], negated: list[IndicatorHit], low: str,
           offset: int = 0) -> tuple[list[IndicatorHit], list[IndicatorHit]]:
    """(counted hits, negated hits) of one sentence (``low``, lower case; hits at ``offset`` + positions
    in it) after the correction above: a justification counts for the hits of its clause, not across
    "but" ("overtime is voluntary, but the crews worked fourteen hours")."""
    hits, negated = presence_denials(hits, negated, low, offset)  # "there are no foreigners without permits"
    hits, negated = existence_denials(hits, negated, low, offset)  # "forced labour does not exist in Xinjiang"
    hits, negated = rejected_allegations(hits, negated, low, offset)  # "claims that ... do not conform to the facts"
    # "holding a worker's passport is illegal": a rule, not an event (neither evidence nor a denial)
    hits, negated = drop_norms(hits, low, offset), drop_norms(negated, low, offset)
    hits, negated = drop_remedies(hits, low, offset), drop_remedies(negated, low, offset)  # "committed to returning ..."
    hits, negated = drop_outsider_access(hits, low, offset), drop_outsider_access(negated, low, offset)  # "inspectors were barred"
    hits, negated = drop_paid_by_workers(hits, low, offset), drop_paid_by_workers(negated, low, offset)  # "from these workers"
    hits, negated = drop_asides(hits, low, offset), drop_asides(negated, low, offset)  # why a source hides
    hits, negated = subject_denials(hits, negated, low, offset)  # "no company in the city kept passports"
    hits, negated = clause_denials(hits, negated, low, offset)  # "... and that it had never confiscated documents"
    hits, negated = negated_fragments(hits, negated, low, offset)  # "we do not owe any salaries"
    if not hits:
        return hits, negated
    hits = _repayments(hits, low)
    hits = _owed_wages(hits, low, offset)
    hits = _kept_by_worker(hits, low, offset)
    excused = justified(low)
    if not excused and not negated:
        return hits, negated
    kept: list[IndicatorHit] = []
    for h in hits:
        start, end = h.start - offset, h.end - offset
        if _negated_subject(h, negated, low, offset):
            negated.append(h)
            continue
        # (the text from the earlier span's end to the later one's start; none when they overlap)
        if any(not _CONTRAST.search(low[min(e, end):max(s, start)]) for s, e in excused.get(h.indicator, ())):
            negated.append(h)
        else:
            kept.append(h)
    return kept, negated


# A counter-cue ("allowed out", "free to leave", "paid on time") hemmed in by a negation or a limit
# before it ("never allowed out", "are rarely allowed out", "not paid in full") or a limit after it
# ("allowed out only on Sundays", "free to leave except in pairs") states the restriction, not its absence.
_LIMIT_BEFORE = re.compile(r"\b(?:not|n't|never|no longer|rarely|seldom|hardly|barely|scarcely|only|almost never"
                           r"|cannot|unable to|nor)\s+(?:\w+\s+){0,1}$")
_LIMIT_AFTER = re.compile(r"^\s*(?:\w+\s+){0,1}(?:only|except|unless|once|twice|if|in (?:groups|pairs)"
                          r"|with (?:a|an|their) (?:minder|guard|escort|supervisor|leader|chaperone)|escorted"
                          r"|accompanied)\b")


def free_cue(low: str, cue: str) -> bool:
    """Whether the counter-cue ``cue`` occurs in the (lower-case) sentence ``low`` at least once without
    a negation or limit about it (see above)."""
    start = low.find(cue)
    while start >= 0:
        end = start + len(cue)
        if not _LIMIT_BEFORE.search(low[max(0, start - 30):start]) and not _LIMIT_AFTER.match(low[end:end + 40]):
            return True
        start = low.find(cue, start + 1)
    return False
