"""The speaker named at the very end of a long sentence, after everything it said: "Police raided a camp and found
about 60 men, including a group described by officials as North Korean, living without papers, a security source
told the Ledger." Used only when no other finder read the sentence (an earlier verb in it, such as a passive
"described by officials as", is no attribution)."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["final_speaker"]

_FINAL = re.compile(
    r",\s+(?P<sp>(?:(?i:a|an|the|one|two|three|several|another)\s|(?-i:[A-Z]))[^,;:\"\u201c\u201d]{1,80}?)\s+"
    r"(?:told\s+(?:(?:the|a|an|our|this|local|state)\s+)?[^,;:\"\u201c\u201d\s]+(?:\s+[^,;:\"\u201c\u201d\s]+){0,3}?|"
    r"said|says|added|reported|claimed|alleged|confirmed)"
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|by\s+phone|"
    r"by\s+telephone))?\s*[.!]?\s*$", re.IGNORECASE)


def final_speaker(text: str) -> Mention | None:
    """The person or body named in a closing ", X told Y." or ", X said." of ``text``, or None."""
    m = _FINAL.search(text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if not _plausible(sp) or classify(sp) is None:
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "told" if "told" in m.group(0).lower() else "said",
                   False)
