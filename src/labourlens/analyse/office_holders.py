"""An office holder's office named again (used by :mod:`labourlens.analyse.forum_posts`, the last pass of the
attribution).

"Tajikistan's human rights ombudsman has asked ..." and then "According to the ombudsman's office, ...": the office
speaks for the one who holds it, as "her office said" does (:func:`labourlens.analyse.speaker_repairs.own_office`);
one source, under the holder's wording. Only a holder met before as an ``official`` and named by the same noun
("the ombudsman's office", "the governor's press service") is taken; a body's office ("the ministry's office in
Osh") is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.model import Source

__all__ = ["office_holders"]

_OFFICE_OF = re.compile(r"^(?:the\s+)?(?P<noun>ombuds(?:man|woman|person)|minister|governor|mayor|commissioner|ambassador|"
                        r"prosecutor(?:\s+general)?|president|rapporteur)['\u2019]s\s+(?:office|press\s+office|press\s+service)$",
                        re.IGNORECASE)


def office_holders(result: list[Any], sources: Sequence[Source]) -> None:
    """Give the sentences of "the <holder>'s office" to the office holder met before it (in place)."""
    for office in sources:
        m = _OFFICE_OF.match((office.wording or "").strip())
        if m is None or office.kind != "official" or not office.spans:
            continue
        noun = m.group("noun").lower()
        holders = [s for s in sources if s is not office and s.kind == "official" and s.spans
                   and min(s.spans)[0] < min(office.spans)[0]
                   and re.search(rf"\b{noun}$", (s.wording or "").strip().lower()) is not None]
        if len(holders) != 1:
            continue
        for i, att in enumerate(result):
            if att.source == office.key:
                result[i] = replace(att, source=holders[0].key)
