"""A named person given as the head or staff of "the group" (``"Park Mi-rae, the group's director"``, "the
group's founder, Ana Ruiz"), where the report's "group" is a rights group, NGO or charity named before: a
``named_person`` (README: named activists and researchers are people; a firm's named directors speak for it).
The roles are ``group_staff_roles`` in ``knowledge/speaker_roles.yaml``.

"Group" is also a business group ("the Lotte group"), so the phrase alone reads as a firm's director; the body
the report named before decides. Used by :class:`labourlens.analyse.registry.Registry`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.channel_posts import channel_post_kind
from labourlens.analyse.firm_context import firm_context_kind
from labourlens.analyse.firm_spokes import firm_spokes_kind
from labourlens.analyse.speaker_roles import other_body
from labourlens.model import Source

__all__ = ["group_staff_kind"]

_GROUP_WORD = r"(?:group|organi[sz]ation)"
_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}"


@lru_cache(maxsize=1)
def _staff() -> re.Pattern[str]:
    roles = sorted((str(w) for w in knowledge.load("speaker_roles.yaml").get("group_staff_roles") or []), key=len, reverse=True)
    role = "(?:" + ("|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles) or "(?!)") + ")"
    return re.compile(
        rf"^(?:{_NAME},\s+(?:the|a)\s+{_GROUP_WORD}['\u2019]s\s+{role}"
        rf"|(?:the\s+)?{_GROUP_WORD}['\u2019]s\s+{role},\s+{_NAME}"
        rf"|{_NAME},\s+(?:the\s+)?{role}\s+(?:of|at)\s+the\s+{_GROUP_WORD})$")


@lru_cache(maxsize=1)
def _short_staff() -> re.Pattern[str]:
    roles = sorted((str(w) for w in knowledge.load("speaker_roles.yaml").get("group_staff_roles") or []), key=len, reverse=True)
    role = "(?:" + ("|".join(re.escape(r).replace(r"\ ", r"\s+") for r in roles) or "(?!)") + ")"
    return re.compile(rf"^(?P<owner>[A-Z][\w-]+)['\u2019]s\s+{role},\s+{_NAME}$")


_CAP_RUN = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}")


def _short_group_name(np: str, context: str) -> bool:
    """ "Harbourline's director, Ana Ruiz" after "Harbourline Rights Watch" was named: the group by the first word
    of its name (a rights group or NGO's head is a person)."""
    m = _short_staff().match(np.strip())
    if m is None:
        return False
    owner = m["owner"]
    full = [f for f in _CAP_RUN.findall(context) if f.startswith(owner + " ")]  # (no pattern compiled per name)
    return bool(full) and other_body("company", full[-1])


def group_staff_kind(np: str, kind: str, sources: Iterable[Source], context: str = "") -> str:
    """``named_person`` for a named member of "the group" when the last body before it (``sources``, oldest
    first) is a rights group or NGO rather than a firm, or of a group named before in ``context`` and given now
    by the first word of its name; ``kind`` otherwise."""
    if kind == "organization" and _short_group_name(np, context):
        return "named_person"
    kind = firm_spokes_kind(np, kind, context)  # "Crest's spokeswoman" after "Crest Holdings": the firm's voice
    kind = firm_context_kind(np, kind, context)  # "Its director, X" just after the firm was named
    kind = channel_post_kind(np, kind, context)  # "the post said" after "the Telegram channel X": what it published
    if kind != "organization" or _staff().match(np.strip()) is None:
        return kind
    bodies = [s for s in sources if s.kind == "organization" and s.wording]
    if not bodies:
        return kind
    return "named_person" if other_body("company", bodies[-1].wording or "") else kind
