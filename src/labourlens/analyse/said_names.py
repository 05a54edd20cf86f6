""""Said" as a given name ("A shop owner in Sohar, Said al-Rawahi, said ..."; "Said Karimi, a driver, told ..."): the
capitalised word opening a name is no reporting verb, so the speaker phrase runs on to the whole name. The sentence is
read with the name's first word swapped for one of the same length that is no verb, and the speaker's wording is then
given back its own letters. Used by :func:`labourlens.analyse.attribution.attribute`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speakers import Mention

__all__ = ["said_as_name"]

# "Said" after a comma or opening the sentence, followed by a name ("al-Rawahi", "Bin Salem", "Karimi"), not by a title or
# a determiner ("Said the minister", "Said Mr Lee"), with a reporting verb of its own later in the sentence
_SAID_NAME = re.compile(r"(?:(?<=,\s)|^\W{0,2})Said(?=\s+(?:(?:al|el|bin|ibn|Al|El|Bin|Ibn)[- ])?"
                        r"(?!(?:The|Mr|Mrs|Ms|Dr|Sir|Madam|President|Minister|Judge|Officer|It|He|She|They|We|I)\b)"
                        r"[A-Z][a-z'\u2019-]+)")
_LATER_VERB = re.compile(r"\b(?:said|says|told|added|denied|stated|explained|insisted|claimed)\b")
_SWAP = "Zaid"


def said_as_name(find: Callable[[str, frozenset[str]], Mention | None], text: str,
                 house: frozenset[str] = frozenset()) -> Mention | None:
    """``find`` (the mention finder) on ``text``, with a given name "Said" read as a name, not as the verb."""
    if "Said" not in text:
        return find(text, house)
    swapped = _SAID_NAME.sub(_SWAP, text)
    if swapped == text or not _LATER_VERB.search(swapped):
        return find(text, house)
    m = find(swapped, house)
    if m is None or _SWAP not in m.wording:
        return m
    own = text[m.start:m.end] if swapped[m.start:m.end] == m.wording else m.wording.replace(_SWAP, "Said")
    return Mention(own, m.start, m.end, m.cue, m.direct, m.relay)
