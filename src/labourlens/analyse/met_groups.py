"""A bare quantifier that speaks for a group the paragraph has just said someone met: "The mission said it had
spoken to 18 crew members from five boats. Most said they earned 90 rials a month"; "In the 96 interviews my
team has conducted with Ghanaian returnees, ... Several told us ...". "Most" and "Several" are some of those
people (worded as the group), not a new, unnamed source of their own."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["met_group"]

# a bare quantifier only: "Most of them" keeps its own wording (a part of the group, worded so)
_QUANTIFIER = re.compile(r"^(?:most|many|some|several|all|a\s+few|few|half)$", re.IGNORECASE)
_NUM = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|scores\s+of|hundreds\s+of)"
_GROUP = (rf"(?:{_NUM}\s+)?(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){{0,3}}?(?:[a-z][\w-]*[^s\W]s|men|women|people)"
          rf"(?:\s+from\s+{_NUM}\s+[a-z][\w-]*s)?")
# "had spoken to 18 crew members", "interviews ... with Ghanaian returnees", "we interviewed 40 welders"
_MET = re.compile(rf"\b(?:spoken|spoke|talked|speaking|talking)\s+(?:to|with)\s+(?P<g>{_GROUP})\b"
                  rf"|\binterviews\b[^.;:\n]{{0,50}}?\bwith\s+(?P<g2>{_GROUP})\b"
                  rf"|\b(?:interviewed|surveyed)\s+(?P<g3>{_GROUP})\b")


def met_group(m: Mention, context: str) -> Mention | None:
    """``m`` ("Most") worded as the group of people met in its paragraph before it, or None."""
    if not _QUANTIFIER.match(m.wording.strip()):
        return None
    para = context[context.rfind("\n") + 1:]
    found = [g for x in _MET.finditer(para) if (g := x.group("g") or x.group("g2") or x.group("g3"))]
    if not found or classify(found[-1]) != "anonymous_source":
        return None
    return Mention(found[-1], m.start, m.end, m.cue, m.direct, m.relay)
