"""Reports on bonded labour that name the bonded as families, not workers.

A report on debt bondage in agriculture or brick kilns often tells of "former bonded families",
"households working off a loan" or "my son must herd his cattle" and never writes "worker". Such a
report is still about workers: it names the system of bondage itself ("bonded labour", "debt
bondage") and a household that works for, or owes, the one who holds it. ``bonded_households``
says so for the claim finder, which otherwise wants a worker word in some body sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# (and a family "kept in bondage", "held in bondage" at a kiln)
_BONDAGE = re.compile(r"\b(?:bonded\s+(?:labou?r(?:ers?)?|famil(?:y|ies)|households?)|debt\s+bondage|in\s+bondage)\b",
                      re.IGNORECASE)
_HOUSEHOLD_WORK = re.compile(
    r"\b(?:famil(?:y|ies)|households?)\b[^.;]{0,80}?\b(?:work(?:ing|ed)?|labou?r(?:ing|ed)?|repa(?:y|id|ying)|owe[ds]?|debts?|loans?|"
    r"advances?)\b",  # (s339) "the family had taken an advance", "until every rupee was repaid"
    re.IGNORECASE,
)


def bonded_households(texts: Iterable[str]) -> bool:
    """Does the body name bonded labour and a family or household that works or owes?"""
    named = False
    households = False
    for text in texts:
        if "ond" in text:  # (cheap gate: "bonded", "bondage")
            named = named or bool(_BONDAGE.search(text))
        households = households or bool(_HOUSEHOLD_WORK.search(text))
        if named and households:
            return True
    return False


# a household that does the work itself: a family or households named as the ones who rear, grow, pick, deliver or
# work, or a span of labour credited to a number of kin (so many days or months of toil by so many relatives)
_HOUSEHOLD_TOIL = re.compile(
    r"\b(?:famil(?:y|ies)|households?)\b[^.;]{0,60}?\b(?:rear(?:s|ed|ing)?|rais(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing)?|"
    r"fed|feeds?|feeding|pick(?:s|ed|ing)?|deliver(?:s|ed|ing)?|harvest(?:s|ed|ing)?|tend(?:s|ed|ing)?|"
    r"work(?:s|ed|ing)?|labou?r(?:s|ed|ing)?)\b|\b(?:weeks|months|days) of (?:work|labou?r) by\b",
    re.IGNORECASE,
)


# (s354) a family telling of a relative held: "my husband is in a place where ...", "our son was sold on" (no worker
# word, but cues of three kinds in three sentences tell what was done to the relative)
_KIN = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:(?:older|younger|elder|eldest|youngest)\s+)?(?:husband|wife|sons?|daughters?|"
    r"brothers?|sisters?|nephews?|nieces?|cousins?|child|children|grandsons?|granddaughters?)\b",
    re.IGNORECASE,
)


def household_work(texts: Iterable[str], kinds_per_sentence: Iterable[set[str]]) -> bool:
    """Does the body tell of households that do the work themselves (no worker named: a crop or silkworms reared
    for a buyer under quotas), or of a relative held, with cues of three kinds of abuse or more, in three sentences
    or more?"""
    kinds: set[str] = set()
    n = 0
    for found in kinds_per_sentence:
        if found:
            n += 1
            kinds |= found
    if len(kinds) < 3 or n < 3:
        return False
    return any(_HOUSEHOLD_TOIL.search(t) or _KIN.search(t) for t in texts)
