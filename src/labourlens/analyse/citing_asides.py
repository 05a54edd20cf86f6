"""A relay whose subject carries a long aside before its verb and citation ("The Telegram channel Kama Live, which
first published the photographs, wrote, citing the workers' colleagues, that the guards ..."): the one cited speaks
and the channel relays, as in "Yonhap reported, citing a source in Dandong, that ..." (README: in a chain, the source
cited speaks). Called from :func:`labourlens.analyse.relay_chains.relay_chain`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["own_interviews", "cited_after_verb", "interviews_cited"]

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


# "Eleven women who sewed ... say their employer ..., the paper reported, citing interviews with four of the women":
# the people who say it open the sentence; the interviews are how the paper heard them, not a document that speaks
_OPENING_SAY = re.compile(r"^\s*(?P<sp>[A-Z][^;:\u201c\u201d\"]{1,150}?)\s+(?:say|says|said)\s+(?=[a-z])")
_INTERVIEWS = re.compile(r"^(?:(?:its|their|the)\s+(?:own\s+)?)?(?:interviews|conversations|accounts|testimony|testimonies)"
                         r"\s+(?:with|from|of|by)\s", re.IGNORECASE)


def interviews_cited(m: Mention, text: str) -> Mention | None:
    """The people who "say" it at the head of the sentence, when ``m`` is the interviews with them that the outlet
    relaying it cites at the end; None for another shape."""
    if m.relay is None or _INTERVIEWS.match(m.wording.strip()) is None:
        return None
    head = _OPENING_SAY.match(text)
    if head is None or head.end() > m.start:
        return None
    sp = head.group("sp").strip().rstrip(",").strip()
    if not _plausible(sp) or classify(sp) not in ("anonymous_source", "named_person"):
        return None
    return Mention(sp, head.start("sp"), head.start("sp") + len(sp), "said", False, relay=m.relay)


def own_interviews(citer: str, cited: str) -> bool:
    """Is ``cited`` (after "citing") the interviews of ``citer``, a group that did them ("a rights group said,
    citing interviews with five returnees")? Then the group's finding is its own, and the group speaks; an
    outlet or a person citing interviews keeps the usual chain. (s41) So is a report's, a study's or an audit's
    ("..., the study found, citing interviews with nine pickers"): the interviews are its evidence."""
    return _INTERVIEWS.match(cited.strip()) is not None and classify(citer) in ("organization", "document")
