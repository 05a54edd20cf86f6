"""The firm that runs a workplace, and its unnamed owner, answering for it, in shapes the other kind rules
miss, for :func:`labourlens.analyse.speaker_kinds.kind_of` (main README, Quality: the unnamed owner of the
workplace answering for it speaks as the company, ``organization``):

- the operator of a workplace, which is the firm that runs it ("The mine operator", "the operator of the
  packing plant", "The operator of one of the laundries named in the report"); a crane, forklift or machine
  operator is a worker and stays with the other rules (the word before "operator" must be a workplace);
- the unnamed owner of a firm given by its proper name ("The owner of Dunmore Fresh Produce"), the firm read as
  such by the main classifier;
- a speaker followed by how the report reached it ("The bakery's owner, contacted by a local charity", "the
  yard's manager, reached through his lawyer"): the speaker before the comma is who speaks;
- a speaker followed by an apposition that places it among several ("..., one of the farms our members pick
  at"): the apposition says nothing of its kind;
- a name followed by "which" and a verb of running or hiring ("Finca Los Olivos, which owns the packhouse"): a
  person is "who", so a name the classifier took for a person's is a firm's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["owner_kind"]

# ", contacted by a partner group", ", reached through his lawyer", ", approached by this newspaper"
_REACHED = re.compile(r",\s+(?:who\s+was\s+|when\s+)?(?:contacted|reached|approached|asked|interviewed|visited)\s+"
                      r"(?:by|through|via|at)\b.*$", re.IGNORECASE)
# ", one of the plants our members work at", ", one of several growers supplying the chain"
_ONE_OF = re.compile(r",\s+one\s+of\s+(?:the|several|many|its|their|three|four|five|two)\b[^,]*$", re.IGNORECASE)
# "Finca Los Olivos, which owns the packhouse"
_WHICH = re.compile(r"^(?P<name>[A-Z\u00c0-\u017d][^,]{2,80}),\s+which\s+(?:also\s+)?(?:runs|owns|operates|manages|employs|"
                    r"hires|recruited|recruits|employed|hired|supplies|supplied|leases|rents)\b")
_THE = r"(?i:the|its|their)\s+"
_OWNER = r"(?i:owner|owners|co-owner|proprietor|proprietors)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    places = sorted((str(w) for w in data.get("workplace_nouns") or []), key=len, reverse=True)
    place = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in places)
    # "The mine operator", "the warehouse operators"
    before = re.compile(rf"^{_THE}(?:[\w-]+\s+)?(?i:{place})\s+(?i:operators?)$")
    # "the operator of the packing plant", "The operator of one of the laundries named in the report"
    of = re.compile(rf"^{_THE}(?i:operators?)\s+(?i:of)\s+(?:(?i:one|each|several|some)\s+(?i:of)\s+)?(?i:the|a|an|its|their)\s+"
                    rf"(?:[\w-]+\s+){{0,2}}?(?i:{place}|companies|company|firms?)(?:e?s)?\b[^,;:]{{0,60}}$")
    # "The owner of Dunmore Fresh Produce"
    owner_of = re.compile(rf"^{_THE}{_OWNER}\s+(?i:of)\s+(?P<firm>(?-i:[A-Z\u00c0-\u017d])[\w&.'\u2019-]*"
                          rf"(?:\s+(?-i:[A-Z\u00c0-\u017d])[\w&.'\u2019-]*){{0,4}})$")
    return before, of, owner_of


def owner_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``organization`` for speaker phrase ``text`` in the shapes above, else None."""
    text = text.strip().rstrip(".")
    if "," in text:
        core = _REACHED.sub("", text)
        core = _ONE_OF.sub("", core)
        if core != text and core:
            return "organization" if classify(core) == "organization" or owner_kind(core, classify) else None
        which = _WHICH.match(text)
        if which is not None and classify(which.group("name")) in ("named_person", "organization"):
            return "organization"  # a firm that runs a workplace or hires; a person would be "who"
        return None
    if "operator" in text.lower():
        before, of, _ = _patterns()
        if before.match(text) or of.match(text):
            return "organization"
        return None
    owner = _patterns()[2].match(text)
    if owner is not None and classify(owner.group("firm")) == "organization":
        return "organization"
    return None
