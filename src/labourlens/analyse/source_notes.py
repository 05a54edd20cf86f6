"""A source given in brackets at the end of a sentence, as reposts, briefs and data notes print it: "Most workers earn
1,200 rupees per 1,000 bricks (source: Punjab Labour Department).", "... (Sources: ILO, Walk Free)", "... (according to
the labour ministry)". The body named there speaks the sentence, as "according to X" would make it. Examples here and
in the tests are invented.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["source_note"]

_NOTE = re.compile(r"\(\s*(?:(?:[Ss]ources?|SOURCE|[Dd]ata|[Ff]igures?)\s*:\s*|[Aa]ccording\s+to\s+)"
                   r"(?P<sp>[^()\n:;]{2,80}?)\s*\)\s*[.;]?\s*$")
_JOIN = re.compile(r",|\band\b")


def source_note(text: str) -> Mention | None:
    """The body a closing bracketed note names as the sentence's source, or None."""
    if "(" not in text:
        return None
    m = _NOTE.search(text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    first = _JOIN.split(sp, maxsplit=1)[0].strip()  # "ILO, Walk Free": the first body named
    if classify(first) is None:
        return None
    return Mention(first, m.start("sp"), m.start("sp") + len(first), "according to", False)
