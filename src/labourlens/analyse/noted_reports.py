"""A report a monitor notes: "The Panel notes that the 2025 enrolment lists of the college ... show 430 nationals
registered", "The Member notes that in the Polish case former welders told investigators they were paid 400 euros".
The body that notes only passes on what the lists show or what the welders told investigators: in a chain the
source cited speaks and the one citing it relays (README), so the inner speaker is the sentence's, with the noting
body as its relay. Only the verbs of noting (``_NOTES``) are read so; "said that" has its own chain rules. What the
body infers from the papers stays its own: "The Panel notes that the ledgers, if authentic, would indicate ...".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention, classify

__all__ = ["noted_report"]

_NOTES = re.compile(r"\s*(?:also\s+|further\s+)?(?:notes|noted|observes|observed|recalls|recalled)\s+that\s+")
# "in the Polish case former welders told ...": a short fronted phrase before the inner subject
_FRONTED = re.compile(r"(?:in|at|on|during|for)\s+(?:the|this|that|its|their|an?)\s+(?:[\w-]+\s+){0,3}?(?:case|period|"
                      r"year|report|inquiry|investigation|period|month|instance|matter)\s+")
_INNER_CUES = frozenset({"said", "told", "show", "list", "report", "reported", "states", "describe", "record", "indicate"})
_INNER_KINDS = ("document", "anonymous_source", "official", "organization")
# "the enrolment lists of the college, provided to the Panel by a second Member State (see annex 39)": the lists
# "the ledgers, if authentic, would indicate": the noting body's own inference from them
_CONDITIONAL = re.compile(r"[\s,]*(?:if|unless|would|could|may|might|should|appears?\s+to|seems?\s+to)\b")
_IF_ASIDE = re.compile(r",\s*(?:if|unless)\b")
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|seen|given|shown|sent|made|kept|written|taken)\b.*$", re.DOTALL)


def noted_report(m: Mention | None, text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The inner speaker of "X notes that Y told / show ..." with X as its relay (see the module doc), else ``m``."""
    if m is None or m.relay is not None or m.cue not in ("note", "observe", "recall") \
            or m.start > 3 and not text[:m.start].rstrip().endswith(":"):  # "Follow-up question (X): The Member notes"
        return m
    notes = _NOTES.match(text, m.end)
    if notes is None:
        return m
    at = notes.end()
    fronted = _FRONTED.match(text, at)
    skip = fronted.end() - at if fronted is not None else 0
    rest = text[at + skip:]
    inner = find(rest[:1].upper() + rest[1:])
    if inner is None or inner.start > 0 or inner.cue not in _INNER_CUES or classify(inner.wording) not in _INNER_KINDS:
        return m
    if _IF_ASIDE.search(inner.wording) is not None or _CONDITIONAL.match(text, at + skip + inner.end) is not None:
        return m
    said = text[at + skip + inner.start:at + skip + inner.end]
    wording = _PARTICIPLE_ASIDE.sub("", said if said.lower() == inner.wording.lower() else inner.wording)
    start = at + skip + inner.start
    return Mention(wording, start, start + len(wording), inner.cue, inner.direct, relay=m.wording)
