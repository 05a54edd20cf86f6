"""A relay whose subject carries a long aside before its verb and citation ("The Telegram channel Kama Live, which
first published the photographs, wrote, citing the workers' colleagues, that the guards ..."): the one cited speaks
and the channel relays, as in "Yonhap reported, citing a source in Dandong, that ..." (README: in a chain, the source
cited speaks). Called from :func:`labourlens.analyse.relay_chains.relay_chain`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["cited_after_verb"]

# right after the subject: ", wrote, citing the workers' colleagues, that"
_VERB_CITING = re.compile(
    r",?\s+(?:wrote|reported|said|posted|writes|reports|says|claimed|alleged)(?:\s+on\s+[A-Z]\w+)?,\s+"
    r"(?:citing|quoting)\s+(?P<sp>[^,;:\u201c\u201d\"]{2,100}?),\s+that\b")


def cited_after_verb(m: Mention, text: str) -> Mention | None:
    """The source cited between the relay's verb and "that", with the relay recorded; None for another shape."""
    if "citing" not in text and "quoting" not in text:
        return None
    cited = _VERB_CITING.match(text, m.end)
    if cited is None:
        return None
    sp = cited.group("sp").strip()
    if " and " in sp or not _plausible(sp) or classify(sp) is None:
        return None
    return Mention(sp, cited.start("sp"), cited.start("sp") + len(sp), m.cue, m.direct, relay=m.wording)
