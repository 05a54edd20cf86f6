"""A job offered under a title in quotation marks ('a "customer care" job paying Sh90,000 a month', 'offered jobs as
"admin"', 'recruited for "data entry" posts'): the marks say the title was the recruiter's word and not the work the
people found, so an affirmed claim that tells of such an offer is evidence of deception (the ILO indicator of false
promises about the work). A title in marks with no offer, promise, advertisement or recruitment in the sentence
("the "night shift" team") says nothing of the kind. Used by :func:`labourlens.analyse.claims.extract` on the claims
once their polarity is settled (never on a denial, a hypothetical or a sentence that is no claim); examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.model import Claim, IndicatorHit

__all__ = ["RULE", "mark_quoted_jobs"]

RULE = "FL02.r112_quoted_job"
_TITLE = r"[\"\u201c\u2018'](?:[A-Za-z][A-Za-z &/-]{1,40}?)[\"\u201d\u2019']"
_WORK = r"(?:jobs?|work|posts?|positions?|roles?|vacanc(?:y|ies)|openings?)"
_QUOTED_JOB = re.compile(rf"{_TITLE}\s+{_WORK}\b|\b{_WORK}\s+(?:as\s+(?:an?\s+)?|described\s+as\s+|of\s+){_TITLE}"
                         rf"|\b(?:described|advertised|billed|presented)\s+as\s+{_TITLE}")
_OFFER = re.compile(r"\b(?:offer\w*|promis\w*|advertis\w*|recruit\w*|lured|lure[sd]?|hired|described|billed|said\s+was|"
                    r"for\s+what|answered|applied|signed\s+up|paying|posted|listing|listed)\b", re.IGNORECASE)


def mark_quoted_jobs(claims: Sequence[Claim]) -> None:
    """Add deception to the affirmed claims that tell of a job offered under a quoted title (in place)."""
    for c in claims:
        if c.polarity != "affirmed" or c.future or any(h.indicator == "deception" for h in c.indicators):
            continue
        text = c.text
        if '"' not in text and "\u201c" not in text and "'" not in text and "\u2018" not in text:
            continue  # (speed: most sentences hold no quotation mark)
        m = _QUOTED_JOB.search(text)
        if m is None or _OFFER.search(text) is None:
            continue
        c.indicators.append(IndicatorHit("deception", RULE, c.start + m.start(), c.start + m.end(), m.group(0)))
