"""Named heads of a firm in two more shapes, for :func:`labourlens.analyse.cp_company_people.named_firm_person`
(README, Quality: a company's named directors and owners given as such speak for it, ``organization``):

- the name, then a head's title of "the company's" or "the firm's" (or another company noun's), with the branch of
  the business it covers: "Ana Ruiz, the firm's vice president of global sourcing", "Li Wen, the firm's president";
- the workplace's owner given by the workplace in the possessive, then the name: "The trawler's owner, Mr. Preecha
  Wongsa", "The boat's owner, Sok Dara" (``workplace_nouns`` in ``knowledge/speaker_kinds.yaml``).

A former head stays with the other rules, and so does a title before a bare name with no firm named ("Chief
executive Ana Ruiz": a person, tests/test_probe_firm_chiefs.py). Names, firms and places in the examples are invented."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["titled_firm_head"]

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}"
# titles that only a firm's head holds
_HEAD_TITLE = r"(?:chief\s+executive(?:\s+officer)?|ceo|managing\s+director|general\s+manager|chief\s+operating\s+officer)"
# (the branch of the business the title covers: "for supply chain", "of global sourcing")
_OWNED_TITLE = re.compile(
    rf"^(?P<name>{_NAME}),\s+(?i:the|its)\s+(?P<noun>[a-z][\w-]*)['\u2019]s?\s+"
    rf"(?i:(?:executive\s+|senior\s+)?vice[\s-]+president|president|{_HEAD_TITLE})"
    r"(?:\s+(?:for|of)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})?$")
_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time|late)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _owner_of_workplace() -> re.Pattern[str]:
    places = [str(w) for w in (knowledge.load("speaker_kinds.yaml") or {}).get("workplace_nouns") or []]
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(places, key=len, reverse=True))
    return re.compile(rf"^(?i:the)\s+(?i:{alts})['\u2019]s?\s+(?i:owner|co-owner|proprietor),\s+(?P<name>{_NAME})$")


def titled_firm_head(text: str) -> bool:
    """Does the phrase name a firm's head in one of the module's shapes?"""
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415 - speaker_roles imports this module's caller

    text = text.strip()
    if _FORMER.search(text):
        return False
    owner = _owner_of_workplace().match(text)
    if owner is not None:  # a person's name, not a firm's ("The vessel's owner, Ocean Crest Fishing Co.")
        return _person(owner.group("name"))
    m = _OWNED_TITLE.match(text)
    return m is not None and company_noun(m.group("noun")) and m.group("noun").lower() not in _NOT_FIRM


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\b")


def _person(name: str) -> bool:
    """Is ``name`` a person's (an honorific or a known given name, and not a firm's name)?"""
    from labourlens.analyse import speakers  # noqa: PLC0415 - speakers imports this module's caller

    return (_HONORIFIC.match(name) is not None or speakers.name_in(name) is not None) and (
        speakers.classify(name) != "organization")


# company nouns that name bodies whose heads speak as people (a union's president, an association's chairman)
_NOT_FIRM = frozenset("union unions trade association federation charity ngo foundation group cooperative".split())
