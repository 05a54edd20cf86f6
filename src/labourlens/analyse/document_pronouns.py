"""Identity papers named once and then held under a pronoun: "He showed me his passport. The company keeps it."
or "You could not ask for it back." A sentence whose only reference to the papers is a singular "it" (or "all
of them" for papers in the plural) retains them when a passport or identity card is named in it before the
pronoun, or in one of the two sentences before it (same or previous paragraph). Holding verbs count unless a
negation stands just before them ("nobody took it"); a denied return ("could not get it back", "never saw it
again") counts as it stands. The plural "them" after a holding verb is read in :mod:`claims`."""

from __future__ import annotations

import re

from labourlens.analyse import indicators
from labourlens.analyse.gated import gated
from labourlens.model import IndicatorHit, Sentence

__all__ = ["pronoun_documents"]

_HOLD = r"(?:has|had|have|keeps|kept|keep|holds|held|hold|took|takes|take|collected|confiscated|locked up|locked away)"
_HELD_IT = gated(  # (speed: most sentences lack its verbs; scanned case-insensitively, it cost 2% of the analysis)
    rf"\b(?:{_HOLD}\s+it\b(?!\s+(?:was|is|that|to|easy|seriously|personally|well|badly|in turns|from me that|"
    r"myself|ourselves|himself|herself|themselves))|"
    rf"{_HOLD}\s+all\s+of\s+them\b|"
    r"(?:could not|couldn't|cannot|can't|could never|never|did not|didn't|would not|wouldn't)\s+"
    r"(?:ask for|get|have|be given)\s+(?:it|them)\s+back\b|"
    r"never\s+(?:saw|see|seen)\s+(?:it|them)\s+again\b)",
    re.IGNORECASE,
)
# (s49) a bar in law counts as a negation: "a firm has no right to keep it"
_NEGATED = re.compile(r"(?:\bnot|\bnever|\bno one|\bnobody|n't|\bno\s+(?:legal\s+)?right\s+to)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)
_ONE_DOC = re.compile(r"\b(?:passport|identity card|id card|identity document|residence card|residence permit|"
                      r"work permit|iqama|registration card|seaman's book)\b", re.IGNORECASE)
_MANY_DOCS = re.compile(r"\b(?:passports|identity cards|id cards|identity documents|residence cards|residence permits|"
                        r"work permits|registration cards|documents|papers)\b", re.IGNORECASE)
# money named after the papers and before the pronoun is the nearer antecedent: "The women borrow the fare, and the
# agency takes it back from their pay" (the fare, not a passport named before)
_MONEY = re.compile(r"\b(?:money|loan|fee|fees|fare|sum|debt|salary|wages?|advance|cash|deposit|amount|payment)\b",
                    re.IGNORECASE)
_RULE = "FL07.pronoun_documents"
_IND = "retention_of_identity_documents"


def pronoun_documents(sentences: list[Sentence], body: list[int], matches: dict[int, indicators.Match]) -> None:
    """Add a retention hit to each body sentence that holds papers named just before under a pronoun."""
    for i in body:
        s = sentences[i]
        h = _HELD_IT.search(s.text)
        if h is None or any(x.indicator == _IND for x in matches[i].hits):
            continue
        verb = h.group(0).lower()
        if not verb.startswith(("could", "can", "never", "did", "would")) and _NEGATED.search(s.text[: h.start()]):
            continue
        docs = _MANY_DOCS if verb.endswith("of them") or " them " in f"{verb} " else _ONE_DOC
        head = s.text[: h.start()]
        money = [m.end() for m in _MONEY.finditer(head)]
        if money and max(money) > max((m.end() for m in docs.finditer(head)), default=-1):
            continue
        before = [sentences[j] for j in range(max(0, i - 2), i) if sentences[j].paragraph >= s.paragraph - 1]
        if docs.search(head) or any(docs.search(b.text) for b in before):
            matches[i].hits.append(IndicatorHit(_IND, _RULE, s.start + h.start(), s.start + h.end(), h.group(0)))
