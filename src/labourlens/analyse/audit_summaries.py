"""An audit's summary set out inside a firm's press release or statement, for
:func:`labourlens.analyse.document_voice.apply_document_voice` (in place).

A firm answering reports may print the findings of the audit it commissioned under a line of their own
("Summary of audit findings (prepared by Northgate Assurance)"), then go back to its own numbered points ("7. The
Company accepts ..."). The findings ("Finding 2 (minor): Workers paid a deposit of 200 yuan ...", "Auditors saw no
locked doors") are the summary's words, one document, not the firm's nor a speaker named "Finding 2"; people the
summary quotes ("Several workers said ...") keep their own voice. The section runs from its heading to the firm's
next numbered point, a contact or an "About" line, or the end of the page. Examples are invented."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import OUTLET_KEY, Mention

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["audit_summary"]

# the section's heading, a line of its own: "Summary of audit findings", "Summary of the audit's findings (prepared
# by ...)", "Audit summary", "Findings of the social audit"
_HEADING = re.compile(r"(?m)^[ \t#*]*(?P<name>(?:(?:executive\s+)?summary\s+of\s+(?:the\s+)?(?:independent\s+|social\s+|"
                      r"third[- ]party\s+)?(?:audit|inspection|assessment)(?:'s|\u2019s)?\s+findings|(?:independent\s+|social\s+)?"
                      r"audit\s+(?:summary|findings)|findings\s+of\s+the\s+(?:independent\s+|social\s+)?audit))"
                      r"\b(?:[ \t]*\([^\n()]{0,160}\))?[ \t]*:?[ \t]*$", re.IGNORECASE)
# (s49) an audit firm's own title line in capitals, set inside another's page (a leaked excerpt): "NORTHGATE LTD -
# SOCIAL AUDIT - SUMMARY OF FINDINGS"; only read below the page's own opening (a page that is the summary
# itself keeps its own voice)
_CAPS_HEADING = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z&.'\u2019 ]{1,60}?(?:[ \t]*:|[ \t]+[-\u2013\u2014|])[ \t]+)?(?P<name>(?:SUPPLIER\s+)?"
                           r"(?:SOCIAL\s+COMPLIANCE\s+|SOCIAL\s+|ETHICAL\s+|INDEPENDENT\s+)?AUDIT)[ \t]*[-\u2013\u2014:|][ \t]*"
                           r"SUMMARY\s+OF\s+FINDINGS[ \t]*$")
# what ends it: the firm's next numbered point, its contact or about lines, (s49) an excerpt's closing marker ("--- END
# EXCERPT ---")
_END = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]+|(?:media|press)\s+(?:contact|enquiries|inquiries)\b|about\s+[A-Z]"
                  r"|[-=*]{2,}[ \t]*END\b)", re.IGNORECASE)
# the summary's own team, or a finding's label taken for a speaker
_OWN = re.compile(r"(?:the\s+)?(?:auditors?|audit\s+team|assessors?)|(?:finding|observation)\b.*", re.IGNORECASE)


def audit_summary(text: str, sentences: list[Sentence], result: list[Attribution], reg: Registry) -> None:
    """Give the findings of an audit summary printed in a firm's page to the summary (see the module doc)."""
    if "ummary" not in text and "udit" not in text:
        return
    head = _HEADING.search(text)
    caps = False
    if head is None:
        head = _CAPS_HEADING.search(text)
        caps = True
    if head is None:
        return
    end = _END.search(text, head.end())
    stop = end.start() if end is not None else len(text)
    firm = next((result[i].source for i in range(len(sentences) - 1, -1, -1) if sentences[i].start < head.start()
                 and sentences[i].kind == "body"), None)
    if caps and firm is None:
        return  # the summary is the page itself
    words = {src.key: (src.wording or "") for src in reg.sources()}
    doc = None
    for i, s in enumerate(sentences):
        if s.kind != "body" or not head.end() <= s.start < stop:
            continue
        a = result[i]
        if a.source not in (OUTLET_KEY, firm) and _OWN.fullmatch(words.get(a.source, "").strip()) is None:
            continue
        if doc is None:
            name = head.group("name")
            doc = reg.resolve(Mention(name, head.start("name") - s.start, head.end("name") - s.start, "said"), s.start, "")
        result[i] = replace(a, source=doc.key)
