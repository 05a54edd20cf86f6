"""Firms, and their people, described in two shapes the other kind rules read as a state body or a person, for
:func:`labourlens.analyse.speaker_kinds.kind_of`:

- an agency described by what it did to the workers ("The agency that recruited her", "the agency which placed
  them in Jeddah, Crescent Manpower"): a recruitment agency, a firm, ``organization`` (a bare "the agency", or "the
  agency that issued the permits", stays with the other rules: a state agency);
- a firm's manager or director met by the firm's name before the role and then named, often by the name he or
  she chose to give ("a Kestrel Foods manager who gave only his first name, Pavel", "an Amurlift director,
  Oleg Sokolov"): the firm's named manager speaks for it (main README: named directors and managers given as
  such), ``organization``; a nationality or a place before the role ("a Russian manager", "a Moscow manager")
  is no firm, and the other rules keep it.

Role and verb words are in ``knowledge/speaker_kinds.yaml`` (``hiring_verbs``, ``firm_head_roles``). Names in the
examples are invented."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from labourlens import knowledge

__all__ = ["firm_description_kind"]

_OBJECT = r"(?:her|him|them|us|me|the|these|those|its|most|many|all|some|\d[\d,]*|[a-z]+\s+(?:workers|women|men|maids))\b"
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}"
_FIRM_WORDS = r"[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3}"
# a premodifier that makes an agency the state's ("the state agency that sent them", "the migration agency")
_STATE_WORDS = (r"(?!(?:state|government|federal|national|public|migration|immigration|border|customs|employment|news|"
                r"press|intelligence)\b)")
# words that make a capitalised premodifier a body that is no firm ("a Ministry manager", "a Union director")
_NOT_FIRM = frozenset("ministry bureau department agency office police court government union council commission "
                      "embassy consulate university institute".split())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - speakers imports this module

    data = knowledge.load("speaker_kinds.yaml") or {}
    verbs = word_alternation([str(w) for w in data.get("hiring_verbs") or []])
    roles = word_alternation([str(w) for w in data.get("firm_head_roles") or []])
    agency = re.compile(rf"^(?:the|an?|one)\s+(?:{_STATE_WORDS}[\w-]+\s+)?agency,?\s+(?:that|which|who)\s+(?:had\s+|has\s+|first\s+|"
                        rf"originally\s+)?(?:{verbs})\s+{_OBJECT}", re.IGNORECASE)
    premodified = re.compile(rf"^(?i:a|an|one)\s+(?P<firm>{_FIRM_WORDS})\s+(?i:(?:general\s+|deputy\s+|regional\s+)?"
                             rf"(?:{roles}))\s*(?:,?\s+who\s+[^,]{{2,60}}\bname(?:\s+as)?)?,\s+(?P<name>{_NAME})$")
    return agency, premodified


def firm_description_kind(text: str, classify: Callable[[str], str | None]) -> str | None:
    """``organization`` for the shapes above, None otherwise (cheap word gates first)."""
    low = text.lower()
    if "agency" in low and (" that " in low or " which " in low or " who " in low):
        if _patterns()[0].match(text.strip()) is not None:
            return "organization"
    if "," in text and text[:2].lower() in ("a ", "an", "on"):
        m = _patterns()[1].match(text.strip())
        if m is not None and _is_firm_name(m.group("firm"), classify) and classify(m.group("name")) == "named_person":
            return "organization"
    return None


def _is_firm_name(firm: str, classify: Callable[[str], str | None]) -> bool:
    """Is the capitalised premodifier a firm's name (not a nationality, a place or a state body)?"""
    from labourlens.analyse import mastheads, place_rules  # noqa: PLC0415 - both import speakers

    if {w.lower() for w in firm.split()} & _NOT_FIRM or place_rules.demonym_countries(firm) or mastheads.is_place(firm):
        return False
    return classify(firm) in ("organization", "named_person", None)
