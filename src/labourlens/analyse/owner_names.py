"""The owner of a works named after the role: "The kiln's owner, Ravi Mehta", "the mill owner, Asha Rao", for
:mod:`labourlens.analyse.speaker_kinds`.

The owner's role alone ("the kiln owner") speaks for the business, an organization; with the person's own name in
apposition the speaker is that person, as South Asian kiln, mill and farm owners usually are (a proprietor, not a
firm). A firm's name in the apposition ("the plant's owner, Harbour Foods") is left to the rules for firms."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["owner_name_kind"]

# "the kiln's owner, Ravi Mehta", "The mill owner, Asha Rao", "the farm's owner, Haji Karim Baksh"
_OWNER_NAME = re.compile(
    r"^(?:the|a|its|their)\s+(?:[\w\u2019'-]+\s+){0,2}?(?:owner|proprietor|landowner|landlord)\s*,\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})$", re.IGNORECASE)


def owner_name_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """"named_person" for an owner's role with a person's name in apposition, else None."""
    m = _OWNER_NAME.match(text.strip())
    if m is None or not m.group("name")[0].isupper():
        return None
    return "named_person" if classify(m.group("name")) == "named_person" else None
