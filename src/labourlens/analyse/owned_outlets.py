"""An outlet named with a label of who owns or backs it ("The state-run Eastern Herald", "Russia's Kremlin-backed
Volga Courier", "the pro-government Daily Beacon", "state-run Morning Star"): the label is no part of
the name, so the phrase is the outlet the bare name is ("the Eastern Herald"). Only a name given with capitals
after the label counts ("the state-run newspaper" is read by the other rules).

Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["owned_outlet_kind"]

# "state-run", "government-owned", "Kremlin-backed", "party-controlled", "pro-government", "pro-Beijing"
_LABEL = re.compile(r"^(?:[Tt]he\s+|[A-Z][a-z]+['\u2019]s\s+)?"  # "the", or the owner's country: "China's"
                    r"(?:[A-Za-z]+-(?:run|owned|backed|controlled|funded|affiliated|aligned)|pro-[A-Za-z]+)\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,4})$")


def owned_outlet_kind(first: str, classify: Callable[[str], str | None]) -> str | None:
    """ "outlet" when ``first`` is an ownership label and a name the main classifier ``classify`` reads as an
    outlet once the label is dropped; None otherwise."""
    if "-" not in first:
        return None
    m = _LABEL.match(first.strip())
    if m is None:
        return None
    return "outlet" if classify("the " + m.group("name")) == "outlet" else None
