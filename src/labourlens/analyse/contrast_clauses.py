"""(s381) A denial that turns into an account of abuse after "but": "Nobody struck me, but I saw a guard kick a cook",
"She was spared herself but the foreman slapped two pickers", "I was not hit on this boat, but on the last one a sick
deckhand got kicked". The lexicon finds one cue per rule, and the first one
is the denied one; the clause after the contrast is read again on its own, and what it affirms counts. Used by
:func:`labourlens.analyse.indicators.match`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from labourlens.analyse import hedges
from labourlens.analyse.earlier_claims import blank_earlier_claim
from labourlens.analyse.hedges import lowered
from labourlens.analyse.rejected_tails import blank_rejected_tail
from labourlens.model import IndicatorHit

if TYPE_CHECKING:
    from labourlens.analyse.indicators import Match

__all__ = ["after_contrast", "denied_before_turn", "denying_cue"]

# the contrast that opens the second clause, after the denied cue ("..., but", "... but that", "... but had")
_BUT = re.compile(r"(?:,\s*|\s)but\s+(?:that\s+|also\s+)?")
# a second clause that denies again ("but never ...", "but nobody ...") is no turn to abuse
_DENIES_AGAIN = re.compile(r"(?:not|never|no|nobody|none|neither|nor|no\s+one)\b", re.IGNORECASE)
# nor a second clause of what the denying side did or will do about it ("found no abuse, but had ordered the firm to
# explain the deductions", "but said it would look into the pay"): a remedy or a request, no account of abuse
_REMEDY = re.compile(r"(?:(?:it|they|he|she|the\s+\w+)\s+)?(?:(?:had|has|have|was|were|would|will)\s+)?(?:ordered|asked|told|"
                     r"instructed|required|directed|urged|promised|pledged|agreed|said|says|added|would|will|planned|plans)\b",
                     re.IGNORECASE)

# (s45) an object relative clause right before the denial cue: "a supervisor whom the site does not employ", "a broker
# whom the agency has never registered" (its cue describes the person; the sentence's own hits stand)
_OBJECT_RELATIVE = re.compile(r"\bwhom\s+(?:[\w'\u2019-]+\s+){1,3}$", re.IGNORECASE)


def after_contrast(text: str, offset: int, m: Match, run: Callable[[str, int], Match]) -> Match:
    """``m`` with the hits the clause after a "but" affirms, when every hit of the sentence was denied before it."""
    if m.hits or not m.negated or " but " not in text:
        return m
    first = min(h.start for h in m.negated) - offset
    turn = _BUT.search(text, first)
    if turn is None or _DENIES_AGAIN.match(text, turn.end()) or _REMEDY.match(text, turn.end()):
        return m
    tail = run(text[turn.end():], offset + turn.end())
    if tail.hits and not tail.negated:
        m.hits = tail.hits
    return m


def denied_before_turn(text: str, hits: list[IndicatorHit], start: int) -> bool:
    """Does the sentence carry a denial cue (:func:`labourlens.analyse.hedges.denial_cue`) that the sentence does not
    turn from: no hit of abuse stands after a "but" that follows the cue ("He was never hit here, but on his last boat
    a deckhand was kicked": an account of abuse, not a denial)?"""
    # (s39) not "..., which the firm denied" after a source's account; (s48) nor "..., years after the ministry said
    # every worker had gone home"
    cue = hedges.denial_cue(blank_earlier_claim(blank_rejected_tail(text)))
    if cue is None:
        return False
    at = lowered(text).find(cue)
    if at > 0 and hits and _OBJECT_RELATIVE.search(text, max(0, at - 60), at):
        return False  # (s45) "held by a man whom the firm does not employ": the clause names someone, denies nothing
    turn = _BUT.search(text, max(at, 0) + len(cue))
    if turn is None or _DENIES_AGAIN.match(text, turn.end()) or _REMEDY.match(text, turn.end()):
        return True
    return not any(h.start - start >= turn.end() for h in hits)


# (s386) a finding after the contrast: "refused to accept that the crew were confined, but held that the threats gave
# them no choice", "rejected the claim of beatings but held that the debt tied the men to the kiln"
_FINDING_TURN = re.compile(r"(?:,\s*|\s)but\s+(?:(?:it|he|she|they|the\s+\w+)\s+)?(?:found|finds|held|holds|ruled|rules|"
                           r"concluded|concludes|accepted|accepts|acknowledged|acknowledges|conceded|concedes|admitted|"
                           r"admits)\s+that\s+", re.IGNORECASE)
_DENYING = frozenset(("deny", "reject", "dismiss", "refute"))


def denying_cue(cue: str | None, text: str, hits: list[IndicatorHit], start: int) -> bool:
    """Is the reporting cue a denial ("denied", "rejected") that the sentence does not turn from: no hit of abuse
    stands in a finding or an admission after a "but" ("... but found that the threats left them no choice")?"""
    if cue not in _DENYING:
        return False
    turn = _FINDING_TURN.search(text)
    if turn is None or _DENIES_AGAIN.match(text, turn.end()):
        return True
    return not any(h.start - start >= turn.end() for h in hits)
