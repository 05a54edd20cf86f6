"""A report or an article that the phrase says an outlet published speaks as that outlet: "an article in the
Khabarovsk-based outlet Taiga Files, which reported ...", "The report, published last week by the Seoul-based
outlet Chosun Frontier, said ..." (README: named outlets are ``outlet``; diagnosis sets heldout13 and heldout50
annotate the outlet). The phrase must call the publisher an outlet, a newspaper, a news site or the like and give
its name; "a report by the ministry", "A 2023 investigation by a consortium of European media" are left to the
other rules."""

from __future__ import annotations

import re

__all__ = ["outlet_report_kind"]

_OUTLET_REPORT = re.compile(
    r"^(?:the|a|an|this|that|its|their|one)\s+(?:[\w-]+\s+){0,2}?(?:report|reports|article|articles|story|stories|piece|"
    r"investigation|expos[e\u00e9]|feature|series|broadcast)\b,?\s+(?:(?:first\s+)?(?:published|released|posted|run|aired|"
    r"carried)\s+(?:[\w-]+\s+){0,3}?)?(?:in|by|on|from)\s+(?:the\s+)?(?:[\w-]+-based\s+|[\w-]+-language\s+|"
    r"independent\s+|online\s+|local\s+|regional\s+|national\s+|state-run\s+|investigative\s+)*"
    r"(?:outlet|news\s+outlet|media\s+outlet|newspaper|paper|news\s+site|news\s+website|website|daily|weekly|magazine|"
    r"broadcaster|news\s+agency|portal|news\s+portal|channel|radio\s+station)\s+"
    r"(?-i:[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})\s*$", re.IGNORECASE)


def outlet_report_kind(text: str) -> str | None:
    """``outlet`` for a report an outlet named in the phrase published, None otherwise."""
    return "outlet" if _OUTLET_REPORT.match(text.strip()) else None
