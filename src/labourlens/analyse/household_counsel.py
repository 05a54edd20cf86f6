"""Counsel and spokespeople of private households, and a diplomatic mission, for
:func:`labourlens.analyse.speaker_kinds.kind_of`.

A lawyer or spokesman "for" a family, a couple or a diplomat speaks for people, not for the state or
a firm the party's own title might suggest: "A lawyer for the diplomat, Tom Reed" is Tom Reed (``named_person``);
"A spokeswoman for the family" and "the couple's lawyer" unnamed are people (``anonymous_source``). A barrister
named with post-nominals ("Anna Pryce KC", "Mark Dole QC") is a person, not an acronym's body. A diplomatic mission
that speaks ("The mission denied ...", "the mission's spokeswoman said") is the state speaking (``official``). The words
are the knowledge file ``speaker_kinds.yaml`` (``household_counsel``); examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["household_counsel_kind"]

_NAME = r"(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+)?[A-Z][a-z'\u2019-]+(?:\s+(?:de|van|von|da|del|le|la|[A-Z][a-z'\u2019-]+)){1,3}"


# the name after the phrase ("..., Tom Reed"), or a clause that leaves the speaker unnamed ("..., who gave no name")
_APPOSED_NAME = re.compile(rf",\s+({_NAME})\s*(?:,|$)")
_UNNAMED_TAIL = re.compile(r",?\s+(?:who|speaking|said|on\s+condition)\b", re.IGNORECASE)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = knowledge.load("speaker_kinds.yaml").get("household_counsel") or {}
    counsel, parties = _alt(data.get("counsel") or []), _alt(data.get("parties") or [])
    post = _alt(data.get("post_nominals") or [])
    mission = _alt(data.get("mission") or [])
    # "A lawyer for the diplomat, Tom Reed", "a spokeswoman for the family", "the couple's lawyer"
    for_party = re.compile(rf"^(?:an?|the|one|another)\s+(?:(?:family|couple)(?:'s|\u2019s)\s+)?(?:{counsel})\s+(?:for|representing)"
                           rf"\s+(?:the|a|an|his|her|their|one|both)\s+(?:(?:two|first|second|other)\s+)?(?:{parties})"
                           rf"(?P<rest>.*)$", re.IGNORECASE)
    possessive = re.compile(rf"^(?:the|a)\s+(?:{parties})(?:'s|s'|\u2019s|s\u2019)\s+(?:{counsel})(?P<rest>.*)$",
                            re.IGNORECASE)
    barrister = re.compile(rf"^{_NAME}\s+(?:{post})\b(?:\s*,.*)?$")
    # "the mission", "a spokeswoman for the mission, who gave no name"
    speaks = re.compile(rf"^(?:(?:an?|the)\s+(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|of)\s+)?"
                        rf"(?:{mission})\b(?:\s*,.*)?$", re.IGNORECASE)
    return for_party, possessive, barrister, speaks


def household_counsel_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """The kind of a household's counsel or spokesperson, a barrister by name or a diplomatic mission, or None."""
    stripped = text.strip()
    for_party, possessive, barrister, speaks = _patterns()
    if barrister.match(stripped):
        return "named_person"
    if speaks.match(stripped):
        return "official"
    m = for_party.match(stripped) or possessive.match(stripped)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if not rest:
        return "anonymous_source"
    name = _APPOSED_NAME.match(rest)
    if name is not None:
        return "named_person" if classify(name.group(1)) == "named_person" else None
    if _UNNAMED_TAIL.match(rest):
        return "anonymous_source"  # "a spokeswoman for the couple, who gave no name"
    return None
