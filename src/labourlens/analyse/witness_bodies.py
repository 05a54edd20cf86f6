"""The kind of a speaker phrase that names the people or the evidence a body sent to a committee or an inquiry,
for :mod:`labourlens.analyse.speaker_kinds`.

Committee reports and hearing records credit what a body told them to the body's witnesses or its evidence:
"Witnesses from the Marlow Fair Work Alliance told us that ...", "Delegates of the Port Workers' Federation said
...", "Evidence from the Coastline Crew Project suggests ...", "Written evidence submitted by the Ridgeway Trust
states ...". The witnesses give evidence in the body's name and the evidence is the body's own account, not a
report with a title: the speaker is the body's kind (``organization`` or ``official``). Witnesses or evidence of
anyone else ("Witnesses from the village", "Evidence from the payroll records") are left to the other rules.
Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["witness_body_kind"]

_BODY = r"(?P<body>(?:the\s+)?[A-Z][^,;:()]{1,80})$"
# "Witnesses from the Marlow Fair Work Alliance", "Delegates of the Port Workers' Federation"
_WITNESSES = re.compile(r"^(?:(?:the|two|three|four|several|some)\s+)?(?i:witnesses|delegates|delegation)\s+"
                        r"(?:from|of|for|representing)\s+" + _BODY)
# "Evidence from the Coastline Crew Project", "Written evidence submitted by the Ridgeway Trust"
_EVIDENCE = re.compile(r"^(?:(?:the|further|new)\s+)?(?:(?i:written|oral)\s+)?(?i:evidence|submissions?)\s+"
                       r"(?:(?:submitted|given|provided)\s+)?(?:from|of|by)\s+" + _BODY)
_KINDS = ("organization", "official")


def witness_body_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """The kind of the body whose witnesses or evidence ``text`` names, else None."""
    head = text.lstrip()[:12].lower()
    if not head.startswith(("witness", "delegat", "evidence", "written", "oral", "the ", "two ", "three ", "four ",
                            "several", "some ", "further", "new ", "submission")):
        return None
    m = _WITNESSES.match(text.strip()) or _EVIDENCE.match(text.strip())
    if m is None:
        return None
    kind = classify(m.group("body"))
    return kind if kind in _KINDS else None
