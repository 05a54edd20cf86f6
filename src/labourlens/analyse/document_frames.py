"""Lines of a compliance document's own frame, used by :mod:`labourlens.analyse.claim_filters`: a distribution
notice ("Not for distribution beyond the commissioning brand."), a redaction note ("Names of junior staff
redacted."), an extract's heading ("Extract from the Modern Slavery Statement 2024 of X"), a board's sign-off ("This
statement was approved by the Board on 2 May 2025 and signed by X, Chief Executive Officer.") and a signature line of
a role and a firm ("Export Manager, Harbin Ocean Foods Co., Ltd."). They say nothing about workers, whatever words
they share with the lexicon's cues. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

__all__ = ["document_frame"]

_FRAME = re.compile(
    r"^\W{0,3}(?:"
    # "Not for distribution beyond ...", "Confidential - not for circulation"
    r"(?:Confidential\W{1,3})?Not\s+for\s+(?:public\s+)?(?:distribution|circulation|publication|onward\s+transmission)\b"
    # "Names of junior staff redacted.", "Personal details withheld."
    r"|(?:Names?|Personal\s+details|Details|Identities|Identifying\s+details)\s+(?:of\s+[\w\s-]{1,40}?\s+)?"
    r"(?:have\s+been\s+|are\s+|were\s+)?(?:redacted|withheld|removed|anonymi[sz]ed)\W{0,2}$"
    # "Extract from the Modern Slavery Statement 2024 of ...", "Excerpt from the audit report ..."
    r"|(?:Extract|Excerpt|Extracts|Excerpts)\s+from\s+(?:the|a|an|our)\s+[^.:]{3,120}$"
    # "This statement was approved by the Board on 2 May 2025 and signed by ..."
    r"|This\s+(?:statement|report|letter|policy|disclosure)\s+(?:was|has\s+been|is)\s+approved\s+by\s+(?:the\s+|its\s+)?"
    r"(?:Board|board|Directors|directors)(?:\s+of\s+Directors)?\s+on\s+[^.]{3,40}?(?:\s+and\s+signed\s+by\s+[^.]{3,80})?\.?$"
    r")", re.IGNORECASE)
# a signature line: a job title, a comma, a firm's name with its legal form ("Export Manager, Harbin Ocean Foods Co.,
# Ltd.")
_SIGNATURE = re.compile(r"^(?:[A-Z][a-z]+\s){0,3}(?:Manager|Director|Officer|Executive|Head|Coordinator|Secretary|"
                        r"President|Chairman|Chairwoman|Chair|Lead|Specialist)(?:\s+\w+){0,3},\s+[A-Z][^.]{2,80}?"
                        r"\b(?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Limited|LLC|Inc\.?|Sdn\s+Bhd|JSC|GmbH|plc|N\.V\.|B\.V\.|Corp\.?|PT\s+[A-Z][^,]{2,40})"
                        r"\W{0,3}$")


def document_frame(text: str) -> bool:
    """Is ``text`` one of the frame lines above?"""
    head = text.lstrip()[:14].lower()
    if not head:
        return False
    if head.startswith(("not ", "confidential", "name", "personal", "details", "identit", "extract", "excerpt", "this ")):
        return _FRAME.match(text.strip()) is not None
    return "," in text and len(text) < 140 and _SIGNATURE.match(text.strip()) is not None
