"""Captives put to work: a detainee's or prisoner's account that never says "forced labour" or "workers".

A released detainee tells that guards "took a dozen of us every day to clear rubble", or a mother that her son,
held in a detention camp, "works at a brick kiln now". Such a report names the captivity and the work, never a
domain term: the pair counts as one, as a labour transfer does for people sent to factories.
"""

from __future__ import annotations

import re

from labourlens.analyse.gated import gated

__all__ = ["tells_captive_work", "denies_captive_work", "DOMAIN_TERM"]

# the domain term a document with captives put to work counts, as if it said so
DOMAIN_TERM = "captive labour"

# captivity: a detention site, detainees, prisoners of war, a penal colony
_CAPTIVE = gated(
    r"\b(?:detention (?:centres?|centers?|camps?|sites?|facilit(?:y|ies))|detainees?|prisoners? of war|POWs?|"
    r"in captivity|captives?|held captive|filtration camps?|penal colon(?:y|ies)|prison camps?)\b",
    re.IGNORECASE)
# taken to do a labourer's work: "was taken to dig", "they drove six of us out to repair the road"
_TAKEN_TO_WORK = re.compile(
    r"\b(?:took|taken|takes|take|drove|driven|marched|bused|bussed|trucked)\s+"
    r"(?:(?:[\w-]+\s+){0,2}?(?:us|them|him|her|me|detainees|prisoners|captives|men)\s+)?(?:out\s+)?to\s+"
    r"(?:dig|repair|build|rebuild|load|unload|clear|lay|carry|haul|fix|mine|cut|sew|fell|chop)\b",
    re.IGNORECASE)
# working at a site of labour, told of a captive in the same sentence ("told me Petro works at a brickworks")
_WORKS_AT = re.compile(
    r"\b(?:works|worked|working|work)\s+(?:in|at|on)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:sawmills?|quarr(?:y|ies)|mines?|factor(?:y|ies)|plants?|farms?|warehouses?|workshops?|construction sites?|"
    r"building sites?|brickworks|kilns?|docks?|port)\b",
    re.IGNORECASE)
# captives said to be made to labour, or denied to be ("no inmate was put to work", "used as labourers")
_MADE_TO_WORK = re.compile(
    r"\b(?:made|forced|compelled|put|used|sent)\s+(?:to\s+work|to\s+labou?r|as\s+(?:labou?r|labou?rers|workers))\b",
    re.IGNORECASE)
# a denial that any captive is made to labour ("no detainee was forced to work", "none of the inmates were put to work")
_NONE_MADE_TO_WORK = re.compile(
    r"\b(?:no|not a single|not one)\s+(?:[\w-]+\s+)?(?:prisoners?|detainees?|captives?|inmates?|deportees?|POWs?)\s+"
    r"(?:was|were|had been|has been|have been|is|are)\s+(?:ever\s+)?(?:made|forced|compelled|put|used)\s+"
    r"(?:to\s+work|to\s+labou?r|as\s+labou?r)\b"
    r"|\bnone\s+of\s+(?:the|them|those)\s+(?:[\w-]+\s+)?(?:prisoners?|detainees?|captives?|inmates?|deportees?|POWs?)?\s*"
    r"(?:was|were|had been|has been|have been)\s+(?:ever\s+)?(?:made|forced|compelled|put|used)\s+"
    r"(?:to\s+work|to\s+labou?r|as\s+labou?r)\b",
    re.IGNORECASE)
# cue words without which no pattern can match (speed)
_GATE = ("detain", "detention", "prisoner", "captiv", "colon", "camp", "pow")


def tells_captive_work(sentences: list[str]) -> bool:
    """Do the sentences tell of captives, and of captives taken to, kept at or made to do a labourer's work
    (or deny that they are: a denial answers a report of forced labour)?"""
    joined = " ".join(sentences)
    low = joined.lower()
    if not any(g in low for g in _GATE) or not _CAPTIVE.search(joined):
        return False
    if _TAKEN_TO_WORK.search(joined):
        return True
    return any((_WORKS_AT.search(s) or _MADE_TO_WORK.search(s)) and _CAPTIVE.search(s) for s in sentences)


def denies_captive_work(text: str) -> bool:
    """Does ``text`` deny that any captive is made to labour ("none of the inmates was put to work")?"""
    low = text.lower()
    return ("no " in low or "none " in low or "not " in low) and _NONE_MADE_TO_WORK.search(text) is not None
