"""A speaker who opens a sentence that an outlet is credited with at its end, for
:func:`labourlens.analyse.relay_chains.relay_chain`.

"The recruiting agency's director denied any mistreatment, the Courier reported." and "The company said the workers
were paid in full, Reuters reported.": the outlet (named, or by its title's head noun, ``title_heads`` in
``knowledge/outlets.yaml``) relays what the opening speaker said (the issue's chain convention: the source cited
speaks, the one citing relays), so the director and the company speak, the outlet relaying. Only an outlet credited
last, after a comma, and a person, official or organisation that opens the sentence with a verb of saying or denying
count; a sentence the outlet reports in its own words ("Workers were beaten, Reuters reported") keeps the outlet."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.speakers import Mention, _plausible, classify

__all__ = ["trailing_outlet"]

# the opening speaker and a verb of saying or denying
_OPENING = re.compile(r"^\s*(?P<sp>[A-Z][^,;:\u201c\u201d\"]{1,80}?)\s+(?:also\s+|had\s+|has\s+)?(?:said|says|denied|denies|"
                      r"told|tells|claimed|claims|alleged|alleges|insisted|insists|admitted|admits|confirmed|confirms|"
                      r"acknowledged|acknowledges|rejected|rejects)\b")
# the outlet's credit closing the sentence: ", the Courier reported." (a time phrase may follow)
_CLOSING = re.compile(r"\s+(?:reported|reports|wrote|writes|said)(?:\s+(?:on|last|this|earlier|in)\s+\w+)?\s*[.!]?\s*$")
_PEOPLE = frozenset({"named_person", "anonymous_source", "official", "organization"})
_THE_HEAD = re.compile(r"^(?:the|The)\s+([A-Z][a-z]+)$")


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    return frozenset(str(w) for w in knowledge.load("outlets.yaml").get("title_heads") or ())


def _outlet(wording: str) -> bool:
    """A named outlet, or a paper given by its title's head noun ("the Courier")."""
    head = _THE_HEAD.match(wording.strip())
    return head is not None and head.group(1) in _title_heads() or classify(wording) == "outlet"


def trailing_outlet(m: Mention, text: str) -> Mention | None:
    """The speaker that opens ``text`` when ``m`` is an outlet credited at its end (see the module doc), relayed by
    the outlet; None otherwise."""
    if m.direct or m.start < 2 or text[:m.start].rstrip()[-1:] != "," or not _outlet(m.wording):
        return None
    if _CLOSING.match(text, m.end) is None:
        return None
    head = _OPENING.match(text)
    if head is None or head.end() > m.start:
        return None
    sp = head.group("sp").strip()
    if not _plausible(sp) or classify(sp) not in _PEOPLE:
        return None
    return Mention(sp, head.start("sp"), head.start("sp") + len(sp), "said", False, relay=m.wording)
