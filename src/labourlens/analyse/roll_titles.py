"""Turn labels of a legislative record in the style of the United States Congress, where the title keeps its own case
and only the surname is in capitals ("Chairman HATCHER.", "Mrs. OKAFOR.", "Mr. DELACROIX (through interpreter)."),
a helper of :mod:`labourlens.analyse.caps_turns`.

Such a label names the speaker by surname only, so the kind is read from the page: a chair or a member named by a
lawmaker's title anywhere in the record ("Present: Chairwoman Lindqvist, Ranking Member Okafor") is ``official``; a
witness introduced by name and role ("Mr. Paul Delacroix, executive director of the Bayou Growers Association") is
``organization`` when the role is at a firm or an association, ``official`` when it is at a department, a division
or an agency of the state; anyone else is ``named_person``. Examples here and in the tests are invented.
"""

from __future__ import annotations

import re

__all__ = ["MIXED_TITLES", "mixed_title", "roll_kind"]

# the titles a congressional record prints in their own case before a surname in capitals
_LAWMAKER_TITLES = (r"Chairman|Chairwoman|Chairperson|Vice\s+Chair(?:man|woman)?|Ranking\s+Member|Senator|Sen\.|Rep\.|"
                    r"Representative|Congressman|Congresswoman")
MIXED_TITLES = _LAWMAKER_TITLES + r"|Mr\.|Mrs\.|Ms\.|Dr\."
_MIXED = re.compile(rf"^(?:{MIXED_TITLES})$")
_LAWMAKER = rf"(?:{_LAWMAKER_TITLES})"
_LAWMAKER_ONLY = re.compile(rf"^{_LAWMAKER}$")
# a lawmaker's title before a name anywhere on the page ("Ranking Member Okafor", "Rep. Jane Sturridge")
_LAWMAKER_NAME = re.compile(rf"\b{_LAWMAKER}\s+(?P<first>[A-Z][\w'\u2019-]+)(?:\s+(?P<second>[A-Z][\w'\u2019-]+))?")
# a name and the role set after it ("Paul Delacroix, executive director of the ...")
_APPOSED = re.compile(r"\b(?P<name>[A-Z][\w'\u2019-]+)(?:\s*\([^)\n]{1,60}\))?,\s+(?P<role>[^.\n]{3,140})")
_SPACES = re.compile(r"\s+")
_STATE_BODY = re.compile(r"\b(?:Department|Ministry|Bureau|Office|Agency|Administration|Division|Commission|Embassy|"
                         r"Consulate|Government|Directorate|Inspectorate|Police|Service)\b")
_PRIVATE_BODY = re.compile(r"\b(?:Association|Federation|Union|Council|Chamber|Alliance|Network|Foundation|Coalition|"
                           r"Company|Corporation|Inc|LLC|Ltd|Corp|Co|Group|Holdings|Cooperative|League|Institute|"
                           r"Society|Farms?|Growers|Processors|Producers)\b")


def mixed_title(title: str) -> bool:
    """Is ``title`` one printed in its own case before a capitalised surname ("Chairman", "Mrs.")?"""
    return _MIXED.match(_SPACES.sub(" ", title)) is not None


def roll_kind(title: str, surname: str, text: str) -> str:
    """The kind of the speaker a mixed-case label names, read from the title and the page (see the module doc)."""
    if _LAWMAKER_ONLY.match(_SPACES.sub(" ", title)):
        return "official"
    name = surname.title()
    if any(name in (m.group("first"), m.group("second")) for m in _LAWMAKER_NAME.finditer(text)):
        return "official"
    m = next((m for m in _APPOSED.finditer(text) if m.group("name") == name), None)
    if m is not None:
        role = m.group("role")
        if _STATE_BODY.search(role) and not _PRIVATE_BODY.search(role):
            return "official"
        if _PRIVATE_BODY.search(role):
            return "organization"
    return "named_person"
