"""The issuer of a compliance document named in its head, for :func:`labourlens.analyse.outlet_forms.header_votes`:
a helpline's, an NGO's or an audit firm's own heading ("Brightwell Worker Line - Quarterly case summary, Q1 2025"),
an extract's heading ("Extract from the Modern Slavery Statement 2025 of Larkfield Apparel plc"), a shareholder
proposal's filer ("Filed by the Harrow Pension Trust and co-filers") and the firm of the auditor who typed up notes
("... typed up by auditor A. Lind, Norrland Assurance)"). The page speaks for that body, as a newspaper's page
for its paper. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify

__all__ = ["votes"]

_NAME = r"([A-Z][\w&'\u2019.-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w&'\u2019.-]*){1,5})"
# "Brightwell Worker Line - Quarterly case summary, Q1 2025": a name, a dash, a kind of document
_GENRE_HEAD = re.compile(rf"^\s*{_NAME}\s+[-\u2013\u2014|]\s+(?:(?:Quarterly|Annual|Monthly|Weekly|Half-yearly)\s+)?"
                         r"(?:case\s+summary|case\s+log|summary|report|risk\s+note|note|briefing|statement|bulletin|"
                         r"audit\s+report|submission)\b", re.IGNORECASE)
# "Extract from the Modern Slavery Statement 2025 of Larkfield Apparel plc (financial year ...)"
_EXTRACT = re.compile(rf"^\s*(?:Extract|Excerpt)s?\s+from\s+(?:the|a|an)\s+[^\n]{{3,80}}?\s+of\s+{_NAME}")
# "Filed by the Harrow Pension Trust and co-filers"
_FILED = re.compile(rf"(?:^|\n)\s*(?:Filed|Submitted|Proposed)\s+by\s+(?:the\s+)?{_NAME}(?=\s+(?:and|on|,)|\s*$)", re.MULTILINE)
# "(handwritten notes typed up by auditor A. Lind, Norrland Assurance)"
_TYPED_BY = re.compile(rf"\b(?:typed\s+up|prepared|compiled|written)\s+by\s+(?:auditor|researcher|assessor|monitor)\s+"
                       rf"(?:[A-Z]\.\s*)+[A-Z][\w'\u2019-]+,\s+{_NAME}\)")


def votes(text: str) -> list[tuple[str, float, str]]:
    """``(name, weight, cue)`` votes for the body a document's head names as its issuer (see the module doc)."""
    head = text[:600]
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    found: list[str] = []
    for pat, where in ((_GENRE_HEAD, first), (_EXTRACT, first), (_TYPED_BY, first)):
        m = pat.search(where) if len(where) < 300 else None
        if m is not None:
            found.append(m.group(1))
    if "iled by" in head or "ubmitted by" in head or "roposed by" in head:
        m = _FILED.search(head)
        if m is not None:
            found.append(m.group(1))
    # (a section label in capitals, "FOOD & DRINK | Review", is no issuer)
    return [(name.strip(), 3.0, "issuer") for name in found
            if not name.isupper() and classify(name.strip()) == "organization"]
