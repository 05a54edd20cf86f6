""""States" as a noun before a speaker's real verb, for the speaker stage (:mod:`labourlens.analyse.mentions`).

"states" is a reporting verb ("The contract states that ..."), but in "Two Member States informed the Group",
"member states told the panel" or "the Gulf States said" it is the head noun of the speaker phrase, and the
verb comes after it. It is a noun when it is written with a capital after other words of the phrase, or
when "member" stands right before it."""

from __future__ import annotations

import re

__all__ = ["states_noun"]

_MEMBER = re.compile(r"\bmember\s*$", re.IGNORECASE)


def states_noun(raw_verb: str, np: str) -> bool:
    """Is the "verb" ``raw_verb`` (as written) after the phrase ``np`` the noun "States"?"""
    if raw_verb.lower() != "states" or not np.strip():
        return False
    return raw_verb[:1] == "S" or _MEMBER.search(np) is not None
