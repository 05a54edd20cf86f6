"""Place names that are parts of Arabic personal names, for :func:`labourlens.analyse.places.find`.

Many Arabic given names and family names are also the names of towns or regions: "Hassan" (a town in India),
"Sabah" (a Malaysian state), "Jordan", "Medina". In a personal name they sit next to the particles of that
name: a given name before "Al-", "El-", "bin", "bint", "ibn" or "Abu" and a capitalised word ("Hassan Al-Aradi",
"Hassan bin Khalid"), and a family name after "Al-" or "bin" that follows a capitalised given name ("Nour
Al-Sabah", "Khalid bin Hassan"). After a preposition of place ("in Al-Hasa", "near Hassan") the name stays a
place, and so does a country's name.
"""

from __future__ import annotations

import re

__all__ = ["arabic_name_part"]

# the particle and a capitalised word right after the name: "Hassan Al-Aradi", "Hassan bin Khalid"
_PARTICLE_AFTER = re.compile(r"[ \t]+(?:[Aa]l|[Ee]l|bin|bint|ibn|Ibn|Abu|Bin)(?:-|[ \t]+)[A-Z][a-z]")
# the particle right before the name, after a capitalised word: "Nour Al-Sabah"
_PARTICLE_BEFORE = re.compile(r"\b(?P<given>[A-Z][a-z]{1,15})[ \t]+(?:[Aa]l|[Ee]l|bin|bint|ibn|Abu)(?:-|[ \t]+)$")
# words before a place that keep it a place: "in Al-Hasa", "near Hassan Al-..."
_PLACE_WORDS = frozenset("in near outside at from to into around across via inside of and or the".split())


def _word_before(text: str, start: int) -> str:
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "-'"):
        j -= 1
    return text[j:k]


def arabic_name_part(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a given name or a family name in an Arabic personal name?"""
    if _PARTICLE_AFTER.match(text, end) is not None and _word_before(text, start).lower() not in _PLACE_WORDS:
        return True  # "Hassan Al-Aradi", "general secretary Hassan bin Khalid"
    before = _PARTICLE_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group("given").lower() not in _PLACE_WORDS  # "Nour Al-Sabah"
