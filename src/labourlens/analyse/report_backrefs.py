"""A report named again as "the same report" or "that report" after an outlet reported it: "The Kestrel Times
reported on Monday that ... According to the same report, the women work 15 hours a day": the outlet whose report
it is speaks again, not a new document. Only these pointing words count ("the report" alone may be another
document, and a document it stays); the outlet must be named with a verb of reporting in the text before.

Used by :func:`labourlens.analyse.attribution_shapes2.back_reference`. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["same_report_outlet"]

_SAME_REPORT = re.compile(r"^(?:the\s+same|that\s+same|that)\s+(?:report|article|story|dispatch|broadcast)$", re.IGNORECASE)
# "Yonhap News Agency reported", "the Kestrel Times said on Friday": a capitalised name, then a verb of reporting
_OUTLET_REPORTED = re.compile(r"(?P<name>[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.&-]*){0,4})\s+"
                              r"(?:(?:also|first|had|has|earlier)\s+)?(?:reported|said|wrote|carried|published)\b")


def same_report_outlet(m: Mention, context: str) -> Mention | None:
    """``m`` ("the same report") reworded as the outlet that reported in ``context``, the text before; None when
    ``m`` is another phrase or no outlet reported there."""
    w = m.wording.strip()
    if len(w) > 30 or w[:4].lower() not in ("the ", "that") or not _SAME_REPORT.match(w):
        return None
    for found in reversed(list(_OUTLET_REPORTED.finditer(context[-600:]))):
        name = found.group("name")
        if classify(name) == "outlet":
            return Mention(name, m.start, m.end, m.cue, m.direct, m.relay)
    return None
