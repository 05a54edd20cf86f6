"""An unnamed official of a state body the phrase names by its initials ("an NIS official", "a senior FSB officer"),
for :func:`labourlens.analyse.speaker_kinds.kind_of`.

The README's speaker-kind convention keeps an official of a ministry, agency or service the phrase names ``official``
even unnamed and off the record ("a labour ministry official"); the initials of a state service name it as well as
its full name does. Initials the classifier reads as a state body ("the NIS", "the FSB") make the phrase
``official``; those of an intergovernmental body or a group ("a UN official", "an ILO official") are left to the
other rules. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["acronym_official_kind"]

_ACRONYM_OFFICIAL = re.compile(
    r"^(?:an?|one|another)\s+(?:(?:senior|junior|high-ranking|mid-level|former)\s+)?(?P<acr>[A-Z]{2,6})\s+"
    r"(?:official|officer|spokes(?:man|woman|person)|agent)$")


def acronym_official_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``official`` for "an NIS official" when "the NIS" is a state body; None otherwise (a former official speaks as
    a person: "a former FSB officer")."""
    t = text.strip()
    if len(t) > 40 or t[:1] not in ("a", "A", "o", "O"):
        return None
    m = _ACRONYM_OFFICIAL.match(t)
    if m is None or " former " in t.lower():
        return None
    return "official" if classify("the " + m.group("acr")) == "official" else None
