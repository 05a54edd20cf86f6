"""Currencies written as one or two capital letters before the digits, for the money stage
(:mod:`labourlens.analyse.money`): "paid N45,000 a month" in a Lagos paper, "R600 a week" in a
Johannesburg one, "K1,500" in Lusaka or Yangon, "P500 a day" in Manila.

The letters are currencies only in a report set in a country that writes them so (the
``letter_*`` groups of ``knowledge/currencies.yaml``, whose default is no currency at all), or, for
"N" and "R", before thousands in groups or a multiplier ("N45,000", "R1.2 million": ``grouped``). Even
there the same shape names roads ("the N1 to Cape Town", "on the R21"), masks ("N95
respirators") and models ("R2D2"), so a letter counts as money only when the digits follow it
at once (two letters may take a space: "Ks 5,000"), nothing alphanumeric or hyphenated runs on
after the number, no road, mask or form noun follows, the number is more than one plain digit ("P1
pupils", "MK2 rifles"; "R1 billion" is money) and, for a short plain number, no article stands before
it ("the R59" is a road; "the R1,500 she was owed" and "the N2 billion contract" are money)."""

from __future__ import annotations

import re

__all__ = ["fits", "grouped"]

_RUNS_ON = re.compile(r"[\w]|-[\w]")
_NOT_MONEY_NOUN = re.compile(
    r"\s+(?:road|roads|highway|highways|freeway|motorway|route|expressway|bypass|interchange|off-ramp|toll|exit|"
    r"mask|masks|respirator|respirators|form|forms|visa|visas|grade|class|model|series|engine|rifle|tank)\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"\b(?:the|on|onto|off|via|along)\s+$", re.IGNORECASE)
_PLAIN_SHORT = re.compile(r"\d{1,3}")


def fits(text: str, start: int, pre: str, num_start: int | None, end: int, multiplied: bool) -> bool:
    """Is the letter prefix ``pre`` at ``start`` money, with its number starting at ``num_start``
    (None for a number word) and the quantity ending at ``end``?"""
    if num_start is None:
        return False  # "K twenty": no
    gap = text[start + len(pre) : num_start]
    if gap and (len(pre) < 2 or gap != " "):
        return False
    if _RUNS_ON.match(text, end) or _NOT_MONEY_NOUN.match(text, end):
        return False
    plain = _PLAIN_SHORT.fullmatch(text, num_start, end) is not None
    if plain and not multiplied and (end - num_start == 1 or _ARTICLE.search(text, max(0, start - 8), start)):
        return False  # "P1 pupils", "MK2 rifles": one plain digit is a grade or a model, not a sum
    return True


_GROUPED = re.compile(r"\d,\d{3}")


def grouped(span: str, multiplier: float | None, currency: str | None) -> str | None:
    """``currency`` for a letter amount written with grouped thousands or a multiplier ("N45,000",
    "R1.2 million") in a report that names no country of the letter, else None."""
    return currency if currency and (multiplier or _GROUPED.search(span)) else None
