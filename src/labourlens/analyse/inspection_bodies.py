"""An inspection that a state body carried out speaks as that body: "On 1-2 July a joint inspection by the State
Labour Inspectorate and the migration police was carried out. The inspection established the following: ..." The
inspection's findings are the inspectors' (``official``), not a document's, when the text said who inspected; an
inspection the text ties to no body, or to a firm ("an audit by Acme Audit Ltd"), keeps its kind. Read by
:func:`labourlens.analyse.source_names.titled_kind` when a new source is met; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["INSPECTION_HEADS", "inspection_kind"]

INSPECTION_HEADS = frozenset(("inspection", "check", "raid", "audit", "investigation"))
_DEFINITE = re.compile(r"^(?:the|this)\s+(?:(?:joint|unscheduled|snap|surprise|follow-up|labour|labor)\s+)?"
                       r"(?P<head>inspection|check|raid|audit|investigation)$", re.IGNORECASE)
# "an inspection by the State Labour Inspectorate and the regional police", "a raid carried out by the police"
_BY_BODY = re.compile(r"\b(?P<head>inspection|check|raid|audit|investigation)s?\s+(?:carried\s+out\s+|conducted\s+|led\s+)?by\s+"
                      r"(?P<body>(?:the\s+)?[A-Za-z][\w'\u2019-]*(?:\s+(?:and\s+the\s+|and\s+|of\s+the\s+|of\s+)?[A-Za-z][\w'\u2019-]*){0,9})",
                      re.IGNORECASE)
_BODY_END = re.compile(r"\s+(?:was|were|is|are|has|had|at|in|on|found|established|and\s+(?:found|established))\b.*$",
                       re.IGNORECASE)


def inspection_kind(context: str, np: str, kind: str, classify: Callable[[str], str | None]) -> str:
    """``official`` for "the inspection" when ``context`` said a state body carried it out; ``kind`` otherwise."""
    if kind != "document" or not any(h in np.lower() for h in INSPECTION_HEADS):
        return kind
    m = _DEFINITE.match(np.strip())
    if m is None:
        return kind
    head = m.group("head").lower()
    found = [b for b in _BY_BODY.finditer(context) if b.group("head").lower() == head]
    if not found:
        return kind
    body = _BODY_END.sub("", found[-1].group("body"))
    return "official" if classify(body) == "official" else kind
