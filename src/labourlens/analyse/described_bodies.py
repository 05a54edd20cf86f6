"""A body named right after the noun that describes it ("the campaign group Harbour Justice Network", "the
charity Safe Passage"), for a later definite "the group said" that names it again (:func:`labourlens.analyse.speaker_roles.named_before`,
when no capitalised name ends with that noun). The describing nouns are data: ``speaker_roles.yaml``
``descriptor_body_heads``. Examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens import knowledge

__all__ = ["described_before"]

# a body's name after the noun that describes it: "group Harbour Justice Network", "charity Safe Passage"
_DESCRIBED = re.compile(r"\b(?P<head>[a-z]{3,})[ \t]+(?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+(?:for[ \t]+|of[ \t]+)?"
                        r"[A-Z][\w'\u2019&-]*){0,4})")


def described_before(context: str, head: str) -> str | None:
    """The last name in ``context`` given right after ``head`` as its description ("Harbour Justice Network" for
    "group" after "the campaign group Harbour Justice Network"), for the heads in ``descriptor_body_heads``; None
    otherwise, and for a name that reads as a masthead ("the group Factory Floor Watch" is left to the sources met before)."""
    if head not in (knowledge.load("speaker_roles.yaml").get("descriptor_body_heads") or ()) or head not in context:
        return None
    found = [m.group("name") for m in _DESCRIBED.finditer(context) if m.group("head").lower() == head]
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers reads speaker_roles, which reads this

    return found[-1] if found and classify(found[-1]) != "outlet" else None
