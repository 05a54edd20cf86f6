"""A group's press release that sums up the interviews it did itself, for
:func:`labourlens.analyse.finding_lists.finding_lists`:

"Our caseworkers interviewed 19 of the workers. Their accounts show:" and then a bulleted list ("- Wages were cut
on arrival.", "- The subcontractor holds their passports."): the release's own findings, in the page's voice,
as the findings of its own survey are (:mod:`labourlens.analyse.release_findings`), not a document it cites. A
news story that writes "Their accounts show:" keeps the other rules (its list is the accounts', as a report's
findings are the report's). Names in the examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated

__all__ = ["own_accounts_lead_in"]

_RELEASE = gated(r"^[ \t]*(?:PRESS|MEDIA|NEWS)[ \t]+RELEASE\b|^[ \t]*(?:Press|Media)[ \t]+[Rr]elease\b|"
                 r"\bFOR[ \t]+IMMEDIATE[ \t]+RELEASE\b|\bFor[ \t]+immediate[ \t]+release\b", re.MULTILINE)
# "Their accounts show:", "The workers' testimonies reveal:", "Our interviews found:"
_ACCOUNTS_LEAD_IN = re.compile(r"^\W{0,3}(?:their|these|the|our|the\s+workers['\u2019]?)\s+(?:accounts|testimonies|testimony|"
                               r"interviews|statements|stories)\s+(?:show|showed|reveal|revealed|indicate|indicated|"
                               r"describe|described|include|included|found)\s*:\s*$", re.IGNORECASE)


def own_accounts_lead_in(text: str, lead_in: str) -> bool:
    """Is ``lead_in`` (a sentence ending with a colon) a press release's summing-up of its own interviews?"""
    low = lead_in.lower()
    if not any(w in low for w in ("accounts", "testimon", "interviews", "statements", "stories")):
        return False
    return _ACCOUNTS_LEAD_IN.match(lead_in) is not None and _RELEASE.search(text[:600]) is not None
