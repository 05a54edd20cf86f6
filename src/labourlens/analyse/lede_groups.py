"""A news lede that names a group by kind and the next sentence by name, for
:func:`labourlens.analyse.coref_families.label_tail` (the registry's test of a capitalised speaker against the
sources met before): "... paid far less than they were promised, a Nairobi rights group said on Wednesday."
then "Haki Migrant Watch said 29 of the 41 returnees it interviewed ...": one group (gold README: a speaker
keeps its id through the document). The lede's phrase must call the speaker a rights group, an NGO or a
charity ("a Nairobi rights group", "a local NGO", "an advocacy group"), and the name must hold a word of a
group's name (``ngo_name_words`` in ``knowledge/speaker_kinds.yaml``: "Watch", "Centre", "Foundation"), so that
"Kestrel Foods" after "a local rights group" stays a second body.

Names in the examples are invented (places are real)."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["lede_group_named"]

_LEDE_GROUP = re.compile(
    r"(?:a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?:rights|advocacy|campaign|campaigning|aid|relief|welfare|support|"
    r"migrants?['\u2019]?|workers['\u2019]?|labou?r)\s+)?(?:group|organi[sz]ation|ngo|charity|watchdog|non-profit|nonprofit)",
    re.IGNORECASE)
# a group by kind needs a word that says what it does ("rights group", "NGO", "charity"), not "a group of workers"
_WHAT_IT_DOES = re.compile(r"\b(?:rights|advocacy|campaign|campaigning|aid|relief|welfare|support|migrants?|workers|labou?r|"
                           r"ngo|charity|watchdog|non-profit|nonprofit)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_PROPER = re.compile(r"[A-Z][\w'\u2019&.-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w'\u2019&.-]*)+")


def lede_group_named(np: str, wording: str) -> bool:
    """Is ``np`` ("Haki Migrant Watch") the name of the group the lede gave by kind (``wording``: "a Nairobi
    rights group")?"""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports this module's caller

    np = np.strip()
    if not _by_kind(wording.strip()) or not _PROPER.fullmatch(np):
        return False
    return classify(np) == "organization" and bool(set(_WORD.findall(np.lower())) & _ngo_words())


@lru_cache(maxsize=4096)
def _by_kind(wording: str) -> bool:
    """Does ``wording`` give a group by what it does ("a Nairobi rights group")? (Memoised: the registry asks of every
    source met before, for each capitalised speaker.)"""
    return _LEDE_GROUP.fullmatch(wording) is not None and _WHAT_IT_DOES.search(wording) is not None


@lru_cache(maxsize=1)
def _ngo_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_kinds.yaml").get("ngo_name_words") or [])
