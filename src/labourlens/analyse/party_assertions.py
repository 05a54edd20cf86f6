"""More of the accused party's answers that deny what they seem to affirm (diag130).

- The party (a company, an association, an auditor, a state body, an owner or manager quoted without a name, or a
  person named after the firm's role: "Its director, ...")
  asserting the lawful opposite: "they can leave whenever they want", "are free to come and go", "we pay every crew
  member the legal minimum", "overtime did not exceed 40 hours a week", and a document it disowns: "an old draft,
  never put into practice". Each answers an allegation as a denial does, so the
  claim is negated and carries no indicator (FORMAT.md).

"Wages have been settled in full" and "None reported paying a fee" are left as they are: older sets read a settlement
as a remedy affirmed, and "None said they were paid" affirms what it seems to deny.

Called from :mod:`labourlens.analyse.claims` after :func:`labourlens.analyse.party_rebuttals.mark`, before the word
model; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse import no_findings
from labourlens.analyse.party_assurances import assurance
from labourlens.analyse.party_never import denies_own_wrong
from labourlens.model import Claim, Sentence, Source

__all__ = ["mark"]

_PARTIES = frozenset({"organization", "official"})
# an unnamed owner or manager speaking for the business ("the shed's owner, reached by telephone")
_PARTY_PERSON = re.compile(r"\b(?:owners?|managers?|employers?|directors?|operators?|proprietors?|bosses|boss)\b",
                           re.IGNORECASE)
_ASSERTION = re.compile(
    r"\b(?:can|could|may|are\s+free\s+to|were\s+free\s+to|is\s+free\s+to|was\s+free\s+to)\s+"
    r"(?:leave|go\s+home|go\s+out|come\s+and\s+go)\s+(?:whenever|at\s+any\s+time|any\s+time|as\s+they\s+(?:wish|please))"
    r"|\bfree\s+to\s+(?:leave|come\s+and\s+go)\s+(?:whenever|at\s+any\s+time|any\s+time|as\s+they\s+(?:wish|please))"
    r"|\bpays?\s+(?:every|each|all(?:\s+(?:of\s+)?(?:its|our|their))?)\s+(?:\w+\s+){0,2}?(?:the\s+)?(?:legal|statutory|"
    r"national)\s+minimum(?:\s+wage)?\b"
    r"|\bnever\s+(?:been\s+)?(?:put\s+into\s+practice|implemented|applied|enforced|acted\s+(?:on|upon))\b"
    r"|\b(?:overtime|working\s+hours|hours)\b(?:\s+\w+){0,5}?\s+(?:did|does|do)\s+not\s+exceed\b"
    r"|\b(?:overtime|working\s+hours|hours)\b(?:\s+\w+){0,5}?\s+never\s+exceed(?:s|ed)?\b",
    re.IGNORECASE)
_CUES = ("leave", "go ", "come and go", "minimum", "never", "exceed")
_BUT = re.compile(r"\b(?:but|except|although|though|apart\s+from)\b", re.IGNORECASE)


# a named person introduced by the firm's role ("Its director, Somchai P.", "The agency's counsel, Ms Lee")
# (s46) or by the firm's own name: "Harrow Mining's lead counsel, Ms Lee"
_FIRM_ROLE = re.compile(r"^(?:its|their|the\s+(?:company|firm|agency|owner|association|group)['\u2019]s?|"
                        r"(?-i:[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})['\u2019]s)\s+(?:\w+\s+){0,2}?"
                        r"(?:owner|manager|director|counsel|lawyer|spokes(?:man|woman|person)|chairman|chairwoman|"
                        r"chief\s+executive)\b", re.IGNORECASE)


def _party(source: Source | None) -> bool:
    if source is None:
        return False
    if source.kind in _PARTIES:
        return True
    wording = source.wording or ""
    return source.kind == "anonymous_source" and _PARTY_PERSON.search(wording) is not None or (
        source.kind == "named_person" and _FIRM_ROLE.match(wording) is not None)


def mark(claims: list[Claim], sources: list[Source], sentences: Sequence[Sentence] = ()) -> None:
    """Negate the party's assertions of the lawful opposite, and the claims of an audit's finding graded "no finding"
    (:mod:`labourlens.analyse.no_findings`), in place."""
    if sentences:
        no_findings.mark(claims, sentences)
    by_key = {s.key: s for s in sources}
    for c in claims:
        if c.polarity != "affirmed" or c.future:
            continue
        low = c.text.lower()
        if (any(w in low for w in _CUES) and _ASSERTION.search(c.text) or denies_own_wrong(c.text) or assurance(c.text)) \
                and _party(by_key.get(c.source)) and _BUT.search(c.text) is None:  # (s340) "it has never charged ..."
            c.polarity = "negated"
            c.indicators = []
