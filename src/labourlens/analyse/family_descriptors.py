"""A name after a family descriptor in the press's shorthand ("Mother of two Dilnoza Rakhimova, whose son was among
the workers, said ..."; "father-of-three Ivan Orlov"; "grandmother of five Anna Lee"): a person by name
(``named_person``), as "Retired teacher Ivan Petrov" already is; the count does not make the phrase a group.
Called from :func:`labourlens.analyse.speaker_kinds.kind_of`; examples are invented."""

from __future__ import annotations

import re

__all__ = ["family_descriptor_kind"]

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_DESCRIPTOR = re.compile(
    rf"^(?:(?:a|the)\s+)?(?:(?:single|widowed|young|working)\s+)?(?i:(?:grand)?(?:mother|father|mum|mom|dad)|parent)"
    rf"(?:\s+of\s+|-of-){_COUNT}[ \t]+(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){{1,2}})(?:,|$)")


def family_descriptor_kind(text: str) -> str | None:
    """ "named_person" for "Mother of two Dilnoza Rakhimova[, whose son ...]", else None."""
    m = _DESCRIPTOR.match(text.strip())
    return "named_person" if m is not None else None
