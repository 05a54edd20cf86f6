"""Which slot of an indicator rule indexes it: the one least likely to occur in a sentence.

Every slot of a rule is required, so the engine (:mod:`labourlens.analyse.indicators`) tries a
rule only on sentences where one chosen slot, its anchor, is present; the choice changes no
result, only how many rules are tried and fail. A slot is as frequent as the sum of its
alternatives; a phrase is at most as frequent as its rarest word; a word is frequent when it is
an English function word, a number or a short prefix, fairly frequent when it is one of the
words every report on labour uses, rare otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

__all__ = ["anchor_slot", "word_weight"]

# English function words (and negators): found in most sentences
_FUNCTION = frozenset(
    "a an the in on at to of for from by with without into onto about over under after before during "
    "since until while as than then and or but nor if so that this these those there here it its they "
    "them their he him his she her we us our i me my you your who whom whose which what when where why "
    "how be is are was were been being am have has had do does did done not no never nothing none "
    "cannot can could will would shall should may might must also only even still just more most many "
    "much some any all each every both other another such same own up down out off back away again "
    "very too said says say told".split()
)
# words that nearly every report about workers uses
_DOMAIN = frozenset(
    "work works worked working worker workers labour labor labourer laborer job jobs wage wages pay paid "
    "pays salary money company companies factory north korean koreans korea china chinese russia "
    "russian state government people men women day days month months year years time home country".split()
)
_RARE = 0.02
_COMMON = 1.0
_FAIRLY = 0.3


def word_weight(kind: str, value: str, stem: Callable[[str], str]) -> float:
    """Estimated share of sentences in which a matcher (its kind and value, as the engine keys
    them: ``stem``, ``raw``, ``prefix`` or ``num``) finds a word."""
    if kind == "num":
        return _COMMON
    if kind == "prefix":
        if len(value) < 4:
            return _COMMON
        return _FAIRLY if any(w.startswith(value) for w in _DOMAIN) else _RARE
    function, domain = _stems(stem)
    if value in _FUNCTION or value in function:
        return _COMMON
    if value in _DOMAIN or value in domain:
        return _FAIRLY
    return _RARE


@lru_cache(maxsize=2)
def _stems(stem: Callable[[str], str]) -> tuple[frozenset[str], frozenset[str]]:
    """The function words and the labour words as the engine's stemmer keys them."""
    return frozenset(stem(w) for w in _FUNCTION), frozenset(stem(w) for w in _DOMAIN)


def anchor_slot(slots: Sequence[Sequence[int]], alt_weight: Callable[[int], float],
                alt_words: Callable[[int], int]) -> int:
    """Index of the slot to index a rule by: the lowest summed weight of its alternatives; on a
    tie, the slot whose shortest alternative has the most words, then the fewest alternatives,
    then the first."""
    return min(range(len(slots)), key=lambda k: (sum(alt_weight(a) for a in slots[k]),
                                                 -min(alt_words(a) for a in slots[k]), len(slots[k])))
