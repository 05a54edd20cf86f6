"""A firm's named head whose firm only the sentence before names, for
:func:`labourlens.analyse.group_staff.group_staff_kind` (called by the registry with the text before the
speaker's sentence):

- "Its director, Gennady Pugachev" or "Its managing director, Abdul Karim" right after a sentence that names
  a firm by a company noun and its name ("... for the Khabarovsk timber firm Taiga-Les-Eksport.", "The agency,
  Shahjalal Overseas, denied cheating anyone."): the firm's head speaks for it, ``organization`` (main README:
  named directors and managers given as such). A bare "Its director, X" without a firm just named stays with
  the other rules (the writers split there). A named lawyer "for" a firm given by a short form of its name
  ("A lawyer for Najmat al-Khaleej, Hamad al-Sulaiti") is left to them too: writers split on named lawyers.

Names in the examples are invented (places are real)."""

from __future__ import annotations

import re
from types import ModuleType

__all__ = ["firm_context_kind"]

_NAME = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:(?:al|el|bin|ibn|van|von|de|da)[-\s])?[A-Z][\w'\u2019.-]*){0,3}"
_ITS_HEAD = re.compile(r"^(?:Its|Their)\s+(?:(?:managing|general|executive|deputy|commercial|acting)\s+)?"
                       r"(?:director|director[- ]general|chairman|chairwoman|chief\s+executive|ceo|owner|co-owner|founder|"
                       r"manager|legal\s+representative|lawyer|attorney)"
                       rf",\s+{_NAME}$")
# "the Khabarovsk timber firm Taiga-Les-Eksport", "The agency, Shahjalal Overseas,": a company noun and the firm's name
_NOUN_NAME = re.compile(r"\b(?P<noun>[a-z]+),?\s+(?P<name>[A-Z][\w'\u2019&.-]+(?:\s+[A-Z][\w'\u2019&.-]+){0,3})")
# "The agency that recruited her, Horizon Gulf Placements,": a company noun, a clause that says what it did, the name
_NOUN_CLAUSE_NAME = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:that|which)\s+[^,.;\"\u201c]{2,60},\s+"
                               r"(?P<name>[A-Z][\w'\u2019&.-]+(?:\s+[A-Z][\w'\u2019&.-]+){0,3})")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c])")
# bodies whose heads speak as people or as the state, not as a firm
_NOT_FIRM = frozenset("ministry inspectorate police office bureau department embassy consulate court government union "
                      "association federation foundation charity council network coalition alliance campaign ngo "
                      "watch rights institute university".split())


def _sp() -> ModuleType:
    from labourlens.analyse import speaker_roles  # noqa: PLC0415 - speaker_roles imports speakers, which imports us

    return speaker_roles


def firm_context_kind(np: str, kind: str, context: str) -> str:
    """``organization`` for the shapes above, ``kind`` otherwise."""
    if kind != "named_person" or not context:
        return kind
    np = np.strip()
    if _ITS_HEAD.match(np) is not None and _firm_named_last(context):
        return "organization"
    return kind


def _last_sentence(context: str) -> str:
    tail = context[-400:].rstrip()
    ends = [b.end() for b in _SENTENCE_END.finditer(tail)]
    return tail[ends[-1] if ends else 0:]


def _firm_named_last(context: str) -> bool:
    """Does the sentence before name a firm by a company noun and its proper name?"""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports this module's caller

    last = _last_sentence(context)
    clauses = _NOUN_CLAUSE_NAME.finditer(last) if " that " in last or " which " in last else iter(())
    for m in (*_NOUN_NAME.finditer(last), *clauses):
        noun = m.group("noun")
        if noun in _NOT_FIRM or not _sp().company_noun(noun):
            continue
        if any(w.lower() in _NOT_FIRM for w in m.group("name").split()):
            continue
        if classify(m.group("name")) not in ("official", "outlet", "document"):
            return True
    return False

