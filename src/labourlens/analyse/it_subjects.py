"""The antecedent of a speaking "it" when the sentence before opens with a document as its subject: "The
report, published on Sunday by Fairlabour Watch, was based on interviews with 40 women. It said ..." The
subject carries over to the next sentence's "it", even when a body (the group that published it, a ministry
that rejected it) spoke more recently (used by :class:`labourlens.analyse.registry.Registry`). A court opening the
sentence before ("The court found the accounts credible. It held that ...") carries over the same way, and so (s39) does
a body that the sentence before says did not answer ("The Harbour Trust did not reply to our letters. In a statement
last year, it said ..."): the body that kept silent now is the one whose earlier words follow; and (s41) a body the page
wrote to or contacted ("We wrote to the broker. It replied ..."): the body answers; and (s43) a body that sent a
statement ("The owner, Tern Fishing, sent a statement. It says ...")."""

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


# (s39) a body named as the subject of a refusal to answer: "The Harbour Trust did not reply to our letters."
_SILENT = re.compile(r"^(?P<np>(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[\w&'\u2019.-]+){0,7}?)"
                     r"\s+(?:did\s+not|didn't|has\s+not|hasn't|had\s+not|declined\s+to|could\s+not\s+be\s+reached|failed\s+to)"
                     r"\s+(?:answer|respond|reply|return|comment|be\s+reached)\b")


# (s41) a body the page wrote to or contacted in the sentence before: "We wrote to the broker. It replied that
# ...", "We contacted the restaurant for comment. It said ...": the body answers
_CONTACTED = re.compile(r"^(?:We|I)\s+(?:have\s+|had\s+|also\s+|then\s+)*(?:written\s+to|wrote\s+to|contacted|approached|"
                        r"emailed|called|phoned|asked|sent\s+(?:questions|a\s+letter|our\s+questions)\s+to)\s+"
                        r"(?P<np>(?:the\s+)?[\w&'\u2019-]+(?:\s+[\w&'\u2019-]+){0,5}?)"
                        r"(?:\s+(?:for|about|on|with|in|by|to)\s+[^.;]{1,60})?\s*[.]?$")


# (s43) a body that sent a statement or a reply in the sentence before, perhaps in a transcript turn: "CORRESPONDENT:
# Harbour Line Fishing of Keelung sent a statement. It says its fishers ...": the statement's words are the body's
_ISSUED = re.compile(r"^(?:[A-Z][A-Z .'\u2019-]{1,40}(?:\([^()\n]{1,60}\))?:\s+)?"
                     r"(?P<np>(?:The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[\w&'\u2019.-]+){0,7}?)\s+(?:has\s+|have\s+|had\s+|later\s+)?"
                     r"(?:sent|issued|released|put\s+out|e-?mailed)\s+(?:us\s+|the\s+\w+\s+)?(?:a|an|its|their)\s+"
                     r"(?:(?:written|brief|short|one-line|two-line)\s+)?(?:statement|reply|response)\b[^.;:\"\u201c]{0,60}\.?$")


def document_subject_before(context: str) -> str | None:
    """The document noun phrase ("The report") that opens the last sentence of ``context``, or the body that it says
    did not answer; or None."""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports the registry chain

    tail = context[-500:].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(tail, 0, max(0, len(tail) - 1))]
    last = tail[ends[-1] if ends else 0:].lstrip()
    if (silent := _SILENT.match(last)) is not None and classify(silent.group("np")) in ("organization", "official"):
        return silent.group("np")
    if (asked := _CONTACTED.match(last)) is not None and classify(asked.group("np")) in ("organization", "official"):
        return asked.group("np")
    if (issued := _ISSUED.match(last)) is not None and classify(issued.group("np")) in ("organization", "official"):
        return issued.group("np")
    m = _SUBJECT.match(last)
    if m is None or classify(m.group("np")) != "document" and not _COURT.match(m.group("np")):
        return None
    return m.group("np")
