"""A firm's spokesperson given by the short form of the firm's name ("Harbour Crest's spokeswoman, Ana Ruiz", "Kestrel's
spokesman") after the report named the firm in full ("Harbour Crest Holdings", "Kestrel Fisheries"), for
:func:`labourlens.analyse.group_staff.group_staff_kind` (called by the registry with the text before the speaker's
sentence). The phrase alone reads as a state body's voice (``official``: "Thailand's spokeswoman"); the full name, whose
last word is a firm's (``firm_last_words`` in ``knowledge/speaker_roles.yaml``), makes it the firm's voice, an
``organization`` (main README: a firm's spokespeople speak for it). Examples are invented."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["firm_spokes_kind"]

_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}"
# "Harbour Crest's spokeswoman, Ana Ruiz", "Kestrel's spokesman": the owner by one or two capitalised words
_OWNER_SPOKES = re.compile(r"^(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['\u2019]s\s+(?:press\s+officer|"
                           rf"spokesperson|spokeswoman|spokesman|representative)(?:,\s+{_NAME})?$")
_CAP_RUN = re.compile(r"\b[A-Z][\w-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,4}")


@lru_cache(maxsize=1)
def _firm_last() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_roles.yaml").get("firm_last_words") or [])


def firm_spokes_kind(np: str, kind: str, context: str) -> str:
    """``organization`` for the spokesperson of a firm named before in ``context`` by a longer name that ends in a
    firm's word and opens with the owner given in ``np``; ``kind`` otherwise."""
    if kind != "official" or "'" not in np and "\u2019" not in np:
        return kind
    m = _OWNER_SPOKES.match(np.strip())
    if m is None:
        return kind
    owner = m["owner"] + " "
    for full in _CAP_RUN.findall(context):
        if full.startswith(owner) and full.split()[-1].lower().rstrip(".,") in _firm_last():
            return "organization"
    return kind
