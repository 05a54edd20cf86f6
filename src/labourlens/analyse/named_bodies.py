"""State bodies known by a bare name, and groups known by their web address, as speakers, for
:func:`labourlens.analyse.speaker_kinds.kind_of` (README, Quality: government bodies are ``official``):

- a state body named without a state word ("Rosgvardia said", "Jobsplus, Malta's employment agency,
  said", "Russia's Rostrud said"): the ``state_body`` names and aliases of the knowledge file
  ``organisations.yaml``, matched as written after an optional "the" and a country's possessive;
- a group or site named by its web address ("Migrant-Rights.org said", "Mongolia's Ikon.mn reported"):
  an ``organization`` (a known outlet's address is the outlet's, read before this hook);
- an investigator or inspector of a body given by the body's name ("A GLAA investigator"): the body's kind
  when it is the state's (``official``);
- a known outlet given with its country ("Mongolia's Ikon.mn reported"): the ``outlet``.

Everything else is left to the other rules (None)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["named_body_kind"]

# "the ", "Russia's ", "the UAE's ", "Saudi Arabia's ": what may come before the body's name
_LEAD = re.compile(r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['\u2019]s\s+)?")
_DOMAIN = re.compile(r"[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:org|com|net|info|ru|mn|kz|kg|uz|ae|qa|kw|sa|om|bh|pl|mt|ng|"
                     r"ao|ke|ug|tz|np|bd|ph|io|eu|uk|co\.uk|org\.uk)")

# "A GLAA investigator", "two Rostrud inspectors": a named body's investigators speak for it
_BODY_ROLE = re.compile(r"^(?i:an?|one|two|three|several|the)\s+(?P<body>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
                        r"(?:investigators?|inspectors?|case\s+workers?)$")


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    rows = (knowledge.load("organisations.yaml") or {}).get("organisations") or []
    names: set[str] = set()
    for row in rows:
        if isinstance(row, dict) and row.get("type") == "state_body":
            names.add(str(row["name"]))
            names.update(str(a) for a in row.get("aliases") or [])
    return frozenset(names)


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    from labourlens.analyse.speaker_lexicon import _lex  # noqa: PLC0415 - the lexicon imports the analysers

    return frozenset(_lex().outlets)


# a state office named by its field and title, capitalised ("the Labour Commissioner", "the Chief Labour Inspector",
# "Immigration Commissioner"), where "Labour" would otherwise make a capitalised name a group's
_FIELD_TITLE = re.compile(r"^(?:[Tt]he\s+)?(?:(?:Chief|Deputy|Acting|Regional|Provincial|District|National)\s+)?(?:Labou?r|Immigration|"
                          r"Employment)\s+(?:Commissioner|Inspector|Ombudsman|Ombudsperson)(?:\s+(?:of|for)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?$")


# the seat after a body's name ("Rostrud in Moscow", "the Labour Inspectorate in Gdansk"): the body still speaks
_SEAT = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}$")


def named_body_kind(first: str, classify: Callable[[str], str | None] | None = None) -> str | None:
    """``official`` for a state body known by name, ``organization`` for a web address, else None
    (``first``: the speaker phrase before its first comma). With ``classify``, also ``official`` for an
    investigator or inspector given with a state body's name ("A GLAA investigator", "two Rostrud inspectors")."""
    if classify is not None and (m := _BODY_ROLE.match(first.strip())) is not None:
        return "official" if classify(m.group("body")) == "official" else None
    if _FIELD_TITLE.match(first.strip()):
        return "official"  # "the Labour Commissioner", "the Chief Labour Inspector": a state office by its title
    core = _LEAD.sub("", first.strip(), count=1)
    if core in _state_names() or first.strip() in _state_names():
        return "official"
    if (seated := _SEAT.sub("", core, count=1)) != core and seated in _state_names():
        return "official"  # a known state body given with its seat
    if core != first.strip() and core in _outlets():
        return "outlet"  # "Mongolia's Ikon.mn", "Qatar's Al Sharq": a known outlet with its country
    if _DOMAIN.fullmatch(core):
        return "organization"
    return None
