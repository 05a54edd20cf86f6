"""The antecedent of a speaking "it" when the sentence before opens with a document as its subject: "The
report, published on Sunday by Fairlabour Watch, was based on interviews with 40 women. It said ..." The
subject carries over to the next sentence's "it", even when a body (the group that published it, a ministry
that rejected it) spoke more recently (used by :class:`labourlens.analyse.registry.Registry`). A court opening the
sentence before ("The court found the accounts credible. It held that ...") carries over the same way."""

from __future__ import annotations

import re

__all__ = ["document_subject_before"]

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+|\n[ \t]*\n\s*")  # (a blank line after a headline ends it too)
# "The report, published ...,", "The survey", "This study": a definite noun phrase of one or two words opening the
# sentence, then an apposition or a verb
# (or "A study published last week by Fair Pay Watch, a charity, draws on ...": a participle of publishing after it)
_SUBJECT = re.compile(r"^(?P<np>(?:The|This|That|Its|Their|An?)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*"
                      r"(?:\s+(?:released|published|issued|compiled|prepared)\s+[^,.;:\"\u201c]{1,70}?)?)"
                      r"(?=,|\s+(?:was|is|were|are|has|had|covers|covered|drew|draws|found|finds|relied|relies|"
                      r"documented|documents|runs|ran|spans|spanned)\b)")

# a court as the subject: "The court found the accounts credible. It held that ...": the court's ruling
_COURT = re.compile(r"^(?:The|This)\s+(?:(?:trial|appeals?|appellate|high|district|regional|labour|labor|criminal)\s+)?"
                    r"(?:court|tribunal|bench|judge|magistrate)$")


def document_subject_before(context: str) -> str | None:
    """The document noun phrase ("The report") that opens the last sentence of ``context``, or None."""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports the registry chain

    tail = context[-500:].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(tail, 0, max(0, len(tail) - 1))]
    last = tail[ends[-1] if ends else 0:].lstrip()
    m = _SUBJECT.match(last)
    if m is None or classify(m.group("np")) != "document" and not _COURT.match(m.group("np")):
        return None
    return m.group("np")
