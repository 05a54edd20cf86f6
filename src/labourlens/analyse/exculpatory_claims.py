"""Exculpatory and remedial statements that the lexicon reads as the practice they answer (the gold conventions: a
justification that frames holding papers or savings as the workers' own wish is a denial, and so are remediation and
exculpatory statements; both are negated claims that carry no indicator):

- the workers' own wish: "the cards were locked away because the staff themselves had asked", "he kept the
  booklets since the pickers wanted him to", "the cook had asked him to mind her passport";
- the workers hold their own papers: "every picker has a cupboard with her own key";
- remedies and compliance: "it has refunded the placement fees in full", "new hires pay nothing to join", "overtime is
  now limited to 55 hours", "holiday shifts are paid at time and a half", "paid holiday work at the
  proper rate", "found pay above the statutory minimum", "our staff are treated well";
- a finding that an abuse was not made out: "the panel was not persuaded that the papers were kept against his will";
- a weekly day off given: "the family gives me a day off each week" (not where it was promised or only used to be).

The wish and own-papers readings hold for any speaker but a worker relaying a boss's excuse is rare enough to accept;
the remedies, compliance and findings only for a body, a state, a document or the issuer's own voice
(``organization``, ``official``, ``document``, ``outlet``): a worker's "we were paid at twice the rate" keeps its
reading, unless it speaks of "our staff" for the firm. A negation just before the cue ("was
not paid at the proper rate", "never refunded the fees") leaves the claim alone, and so does an excuse the report only
quotes after the holding ('the cards were held "because the men asked us to"'). Other sets' writers read some of these
otherwise, and their readings are kept: a refund of fees not said to be in full, overtime paid at double the rate, pay
"at the legal rate" beside hours worked, papers put in lockers only the workers can open stay affirmed. Called from
:func:`labourlens.analyse.party_rebuttals.mark`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Claim, Source

__all__ = ["mark_exculpatory"]

_BODIES = frozenset({"organization", "official", "document", "outlet"})
_PEOPLE = (r"(?:the\s+)?(?:workers|employees|staff|girls|women|men|interns|trainees|helpers|pickers|recruits|maids|cooks|"
           r"carers|caregivers|nannies|drivers|claimant|applicant|complainant|worker|employee|helper|maid|cook|carer|"
           r"caregiver|nanny|driver|picker|intern|trainee|she|he|they)")
# a document, a card, a bank book or savings held for the workers
_HELD = re.compile(r"\b(?:passports?|passbooks?|bank\s*books?|bank\s+cards?|documents|papers|permits?|cards?|ids?|"
                   r"booklets?|savings|visas?)\b", re.IGNORECASE)
_WISH = gated(
    rf"\b(?:because|since|as)\s+{_PEOPLE}\s+(?:themselves\s+)?(?:had\s+|have\s+|has\s+)?"
    r"(?:asked|requested|wanted|preferred|begged)\b"
    rf"|\b{_PEOPLE}\s+(?:had|has|have)\s+(?:themselves\s+)?(?:asked|requested|begged)\s+(?:her|him|them|us|me|the\s+\w+)\s+"
    r"to\s+(?:keep|hold|mind|store|look\s+after|take\s+care\s+of|put\s+away)\b", re.IGNORECASE)
_OWN_PAPERS = gated(r"\bwith\s+(?:their|his|her)\s+own\s+keys?\b", re.IGNORECASE)
_REMEDY = gated(
    r"\b(?:repaid|reimbursed|refunded|paid\s+back)\s+(?:\w+\s+){0,5}?(?:recruitment|placement|agency|broker)\s+"
    r"(?:fees|costs|charges)\s+in\s+full\b"
    r"|\b(?:new\s+)?(?:workers|recruits|hires|employees|staff)\s+(?:now\s+)?pay\s+(?:nothing|no\s+(?:\w+\s+)?fees?)\b"
    r"|\b(?:overtime|working\s+hours|weekly\s+hours|hours)\s+(?:is|are)\s+(?:now\s+)?(?:capped|limited)\s+(?:at|to)\b"
    r"|\bpaid\s+at\s+(?:1\.5|one\s+and\s+a\s+half)\s+(?:times\s+)?(?:the\s+)?"
    r"(?:basic\s+|base\s+|normal\s+|ordinary\s+|regular\s+)?(?:hourly\s+)?(?:rate|wage|pay)\b"
    r"|\bpaid\s+(?:at\s+)?time\s+and\s+a\s+half\b"
    r"|\bat\s+the\s+(?:correct|proper|right|required)\s+rates?\b"
    r"|\b(?:found|finds|find)\s+(?:\w+\s+){0,2}?(?:wages|pay|salaries)\s+(?:\w+\s+){0,2}?(?:above|at\s+or\s+above)\s+the\s+"
    r"(?:legal\s+|statutory\s+|national\s+)?minimum\b"
    r"|\b(?:are|were|is|was|being|been)\s+treated\s+(?:fairly|well|properly|decently|with\s+respect)\b"
    r"|\bnot\s+(?:satisfied|persuaded|convinced)\s+that\b", re.IGNORECASE)
# a weekly day off given: "the family gives her a day off each week" (not one promised: "were told ... but")
_WEEKLY_REST = gated(r"\b(?:gives?|gave|giving|get|gets|got|have|has)\s+(?:(?:me|us|her|him|them)\s+)?(?:one|a)\s+"
                     r"(?:full\s+)?(?:day|rest\s+day)\s+off\s+(?:every|each|a)\s+week\b", re.IGNORECASE)
_PROMISE = re.compile(r"\b(?:but|promised|supposed|should|told|contract\w*|until|used\s+to)\b", re.IGNORECASE)
# the party's own people named by its speaker ("our staff are treated well"): a firm's voice whoever says it
_OUR_PEOPLE = re.compile(r"\bour\s+(?:workers|employees|staff|crews?|people|interns|trainees)\b", re.IGNORECASE)
# a quotation opened before the excuse: the report keeps the holding as told and quotes only the excuse ('the cards were
# held "because the men asked us to"', 'were kept "so nothing gets lost, as the staff wished"')
_QUOTE = re.compile("[\"\u201c]")
_NOT_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|n['\u2019]t|without)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def _clear(text: str, m: re.Match[str]) -> bool:
    """Is the cue free of a negation just before it (a finding frame brings its own)?"""
    return m.group(0).lower().startswith("not ") or _NOT_BEFORE.search(text[max(0, m.start() - 30):m.start()]) is None


def _excuse(c: Claim, kind: str | None) -> bool:
    text = c.text
    for rx in (_WISH, _OWN_PAPERS):
        m = rx.search(text)
        if m is not None and _HELD.search(text) is not None and _clear(text, m) and _QUOTE.search(text, 0, m.start()) is None:
            return True
    m = _WEEKLY_REST.search(text)
    if m is not None and _PROMISE.search(text) is None and _clear(text, m):
        return True
    if kind not in _BODIES and _OUR_PEOPLE.search(text) is None:
        return False
    m = _REMEDY.search(text)
    return m is not None and _clear(text, m)


def mark_exculpatory(claims: list[Claim], sources: list[Source]) -> None:
    """Negate excuses, remedies and findings of no abuse, and drop their indicators (in place)."""
    kinds = {s.key: s.kind for s in sources}
    kinds[OUTLET_KEY] = "outlet"  # (the outlet's own voice is no source of the list)
    for c in claims:
        if c.polarity == "affirmed" and not c.future and _excuse(c, kinds.get(c.source)):
            c.polarity = "negated"
            c.indicators = []
