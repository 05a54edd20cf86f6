"""What a document passes on from someone it names as the owner of the information, for
:func:`labourlens.analyse.relay_chains.relay_chain`: "The review cites a neighbouring government's information
that ...", "It cites testimony from two former cooks that ...". The owner at the end of the chain speaks and the
document relays, as with "cited a Member State as saying". Only a citer that is a document (or "it"), an owner the
classifier reads as a speaker, and a noun of what people tell (information, testimony, an account, evidence,
allegations; not figures or data, which stay the citer's own) count. Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["cited_information"]

_NOUN = r"(?:information|testimony|testimonies|account|accounts|evidence|allegations?|reports?|statements?|claims?)"
_CITED = re.compile(
    r"\s+(?:also\s+)?(?:cites|cited|quotes|quoted|relays|relayed)\s+"
    # "a neighbouring government's information that", "the inspectors' accounts that"
    r"(?:(?P<owner>(?:an?|the|one|two|three|several)\s+[^,;:\"\u201c\u201d]{2,60}?)['\u2019]s?\s+" + _NOUN
    # "information from a Member State that", "testimony by two former cooks that"
    + r"|" + _NOUN + r"\s+(?:from|by|of)\s+(?P<owner2>(?:an?|the|one|two|three|several)\s+[^,;:\"\u201c\u201d]{2,60}?))"
    r"\s+that\s")
_SPEAKERS = ("official", "organization", "anonymous_source", "named_person")


def cited_information(m: Mention, text: str) -> Mention | None:
    """The owner of the information a document cites right after it is named (see the module doc), relayed by the
    document; None for another shape."""
    if " cite" not in text and " quote" not in text and " relay" not in text:
        return None
    c = _CITED.match(text, m.end)
    if c is None or (m.wording.lower() != "it" and classify(m.wording) != "document"):
        return None
    group = "owner" if c.group("owner") is not None else "owner2"
    sp = c.group(group).strip()
    if not _plausible(sp) or " and " in sp or classify(sp) not in _SPEAKERS:
        return None
    return Mention(sp, c.start(group), c.start(group) + len(sp), "said", False, relay=m.wording)
