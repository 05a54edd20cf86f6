"""A party the reporters reached, who then speaks in a relative clause: "We called the landlord of the building,
who said he had never seen anyone sleeping there", "This newspaper contacted the recruiting agency, which
said it had paid every fare", "Reporters reached the foreman, who denied ...". The one reached speaks; the sentence
has no other speaker (a hook of :func:`labourlens.analyse.page_voice.fallback_speaker`)."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["called_party"]

_REACHED = re.compile(
    r"(?:^|[\s:])(?:[Ww]e|I|[Rr]eporters?|[Oo]ur (?:reporter|correspondent|team)|[Tt]his (?:newspaper|paper|station|"
    r"programme|program|website|outlet))\s+(?:also\s+|later\s+|then\s+|finally\s+)?"
    r"(?:called|phoned|rang|telephoned|contacted|reached|visited|approached|emailed|e-mailed|wrote to|"
    r"spoke (?:to|with)|talked (?:to|with)|asked)\s+"
    r"(?P<sp>(?:the|a|an|its|their|his|her)\s[^,;:\"\u201c\u201d()]{2,70}?),\s+(?:who|which)\s+"
    r"(?:also\s+|later\s+)?(?P<verb>told|said|says|tells|replied|responded|confirmed|denied|denies|insisted|"
    r"explained|wrote|acknowledged|admitted|claimed)\b")


def called_party(sentence_text: str) -> Mention | None:
    """The party reached in ``sentence_text`` who speaks in the relative clause after it; None when there is none."""
    if "," not in sentence_text:
        return None
    m = _REACHED.search(sentence_text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if not _plausible(sp) or classify(sp) is None:
        return None
    cue = "deny" if m.group("verb").startswith("den") else "said"
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), cue, False)
