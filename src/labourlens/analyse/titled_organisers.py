"""A group's organiser titled by the group's name before her own ("Coalition of Harvest Workers organiser Ana Ruiz",
"Harvest Alliance coordinator Ana Ruiz"), for :func:`labourlens.analyse.speaker_kinds.kind_of`: the organiser
named speaks as a person, ``named_person`` (main README: unions', NGOs' and collectives' named organisers are
people, with the body in ``speaker_alt``), as "Union organiser Ana Ruiz" already does. A group's head or
spokesperson so titled stays with the other rules. (s386) A union's officer given by role, then named ("A local union
leader, Ana Ruiz", "The union's president, Ana Ruiz") is a person too; the role alone ("the union leader") stays the
union's."""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.gated import gated

__all__ = ["titled_organiser_kind"]

_ROLES = r"(?:organi[sz]ers?|(?:community|field|campaign|outreach)\s+organi[sz]er|coordinator|campaigner|caseworker|" \
         r"case\s+worker|outreach\s+worker|activist|volunteer|paralegal|advocate)"
_SHAPE = re.compile(rf"^(?P<body>[A-Z][\w'\u2019&.-]*(?:\s+(?:of|for|and|the|&|[A-Z][\w'\u2019&.-]*)){{0,6}}?)\s+"
                    rf"(?i:{_ROLES})\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{1,2}})$")
# (s386) a union's officer by role, then the name in apposition
_UNION_OFFICER = re.compile(r"^(?i:an?|the|one)\s+(?:(?i:local|branch|district|regional|senior|veteran)\s+)?(?i:union|union['\u2019]s)\s+"
                            r"(?i:leader|chairman|chairwoman|chairperson|president|secretary|general\s+secretary|head),\s+"
                            r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})$")
_CUE = gated(r"organi[sz]er|coordinator|campaigner|case\s?worker|outreach|activist|volunteer|paralegal|advocate",
                  re.IGNORECASE)


def titled_organiser_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``named_person`` for a named organiser titled by a group's name, else None."""
    if (officer := _UNION_OFFICER.match(text.strip())) is not None and classify(officer.group("name")) == "named_person":
        return "named_person"
    if _CUE.search(text) is None:
        return None
    m = _SHAPE.match(text.strip())
    if m is None or classify(m.group("body")) != "organization" or classify(m.group("name")) != "named_person":
        return None
    return "named_person"
