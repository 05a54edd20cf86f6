"""Speaker phrases about people that the main classifier misreads because of a word around them, for
:func:`labourlens.analyse.speaker_kinds.kind_of` (gold README: unnamed people and groups of people are
``anonymous_source``; named researchers and activists stay ``named_person``):

- a group of people ("a group of Malian and Guinean workers", "a small group of Nepali welders"): the people
  the group is made of, never a body;
- a place given after a comma ("Workers at a quarry in Kilwa District, Lindi Region, run by a foreign
  firm"): the place is no person's name, so the phrase is read without it;
- unnamed people joined by "and" ("residents of this border town and a former manager at one of the
  plants"): people, ``anonymous_source``;
- a person given with a title and the group they work for ("Labour researcher Ana Petric of the group
  SafeSites", "Campaigner Omar Diallo from the network WorkFair"): the person.

Place words are in ``knowledge/speaker_kinds.yaml`` (``admin_place_words``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["people_kind"]

_GROUP_OF = re.compile(r"^(?i:a|an|one|another|the)\s+(?:(?i:small|large|big|second|third|new)\s+)?"
                       r"(?:group|groups|band|handful|crew|party|delegation)\s+of\s+(?P<rest>.+)$")
_AND = re.compile(r"\s+and\s+(?=(?:an?|one|two|three|several|some|other)\s)")
_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]*){1,3}"
_OF_GROUP = re.compile(rf"^(?P<person>(?:[\w-]+\s+){{0,3}}{_NAME})\s+(?:of|from|at|with)\s+(?:the\s+)?"
                       r"(?i:group|organi[sz]ation|NGO|charity|network|campaign|campaign\s+group|rights\s+group|"
                       r"advocacy\s+group|coalition|project|initiative)\s+[A-Z][^,;:]{1,60}$")


@lru_cache(maxsize=1)
def _place_part() -> re.Pattern[str]:
    data = knowledge.load("speaker_kinds.yaml") or {}
    words = sorted((str(w) for w in data.get("admin_place_words") or []), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf",\s+(?:[A-Z][\w'\u2019-]*\s+){{1,3}}(?:{alt})(?=,|$)")


def people_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """The kind of speaker phrase ``text`` in the shapes above, or None."""
    m = _GROUP_OF.match(text)
    if m is not None and classify(m.group("rest")) == "anonymous_source":
        return "anonymous_source"  # "a group of Malian and Guinean workers": the workers speak
    if "," in text:
        place = _place_part().search(text)
        if place is not None and place.start() > 0:
            rest = (text[:place.start()] + text[place.end():]).strip()
            kind = classify(rest)
            if kind in ("anonymous_source", "organization", "official", "document"):
                return kind  # "Workers at a quarry in Kilwa District, Lindi Region": not a person named
    parts = _AND.split(text) if " and " in text and "," not in text else []
    if len(parts) == 2 and all(classify(p) == "anonymous_source" for p in parts):
        return "anonymous_source"  # "residents of this border town and a former manager at one of the plants"
    m = _OF_GROUP.match(text)
    if m is not None and classify(m.group("person")) == "named_person":
        return "named_person"  # "Labour researcher Ana Petric of the group SafeSites"
    return None
