"""Place names that are parts of personal names, for :func:`labourlens.analyse.places.find`.

Many Arabic given names and family names are also the names of towns or regions: "Hassan" (a town in India),
"Sabah" (a Malaysian state), "Jordan", "Medina". In a personal name they sit next to the particles of that
name: a given name before "Al-", "El-", "bin", "bint", "ibn" or "Abu" and a capitalised word ("Hassan Al-Aradi",
"Hassan bin Khalid"), and a family name after "Al-" or "bin" that follows a capitalised given name ("Nour
Al-Sabah", "Khalid bin Hassan"). After a preposition of place ("in Al-Hasa", "near Hassan") the name stays a
place, and so does a country's name, unless the place's own name opens with the article and another such word
follows ("spoke to Al-Shamal Al-Youm": a newspaper's name).

A town's name right after a known given name, before the person's age, a reporting verb or an apposition, is a
family name too ("Ana Machava, 41, said", "Rosa Beira said", "Maria Tete, a cook, said"); "in Ana Machava"
is no shape a person has.

And a bare name that the text also gives with a region's level word is that region (:func:`level_word_regions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from labourlens.model import PlaceMention

__all__ = ["arabic_name_part", "level_word_regions", "surname_after_given_name"]

# the particle and a capitalised word right after the name: "Hassan Al-Aradi", "Hassan bin Khalid"
_PARTICLE_AFTER = re.compile(r"[ \t]+(?:[Aa]l|[Ee]l|bin|bint|ibn|Ibn|Abu|Bin)(?:-|[ \t]+)[A-Z][a-z]")
# the particle right before the name, after a capitalised word: "Nour Al-Sabah"
_PARTICLE_BEFORE = re.compile(r"\b(?P<given>[A-Z][a-z]{1,15})[ \t]+(?:[Aa]l|[Ee]l|bin|bint|ibn|Abu)(?:-|[ \t]+)$")
# after a family name: the person's age, a reporting verb or an apposition
_PERSON_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*,|[ \t]+(?:said|says|told|tells|recalled|explained|added)\b|,[ \t]+(?:a|an|the)[ \t]")
# a name that opens with the article, before another such word: one longer name ("Al-Shamal Al-Youm", a paper)
_ARTICLE_START = re.compile(r"(?:[Aa]l|[Ee]l)[- ][A-Z]")
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
    if _PARTICLE_AFTER.match(text, end) is not None and (_word_before(text, start).lower() not in _PLACE_WORDS
                                                          or _ARTICLE_START.match(text, start) is not None):
        return True  # "Hassan Al-Aradi", "general secretary Hassan bin Khalid", "spoke to Al-Shamal Al-Youm"
    before = _PARTICLE_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group("given").lower() not in _PLACE_WORDS  # "Nour Al-Sabah"


def surname_after_given_name(text: str, start: int, end: int) -> bool:
    """Is the town's name at text[start:end] the family name of a person whose known given name comes right
    before it ("Ana Machava, 41, said")?"""
    from labourlens.analyse.source_refs import given_name_gender  # noqa: PLC0415 - the speaker modules load late

    if _PERSON_AFTER.match(text, end) is None:
        return False
    given = _word_before(text, start)
    return given[:1].isupper() and text[start - 1:start] == " " and given_name_gender(given) != ""


_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")


def _title_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` set in title case ("Episode 47: The Camp Past Tynda"), where a capital says nothing?"""
    line = text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]
    words = [w for w in line.split() if w[:1].isalpha()]
    return not words or sum(w[:1].islower() for w in words) < 0.4 * len(words)


def named_surname(text: str, word: str, after_name: Callable[[str, int], bool]) -> bool:
    """Is ``word`` a person's family name somewhere in ``text``, right after a given name ("Danielle Orcutt": a known
    given name, or a capitalised word that ``after_name`` takes for one), so that the same word alone later ("Orcutt is
    seeking damages") is that person, not a town?"""
    from labourlens.analyse.source_refs import given_name_gender  # noqa: PLC0415 - the speaker modules load late

    pos = text.find(word)
    while pos > 0:
        if not text[pos + len(word):pos + len(word) + 1].isalpha() and not text[pos - 1:pos].isalpha():
            given = _GIVEN_BEFORE.search(text, max(0, pos - 30), pos)
            if given is not None and (given_name_gender(given.group(1)) != "" or after_name(text, pos) and not _title_line(text, pos)):
                return True
        pos = text.find(word, pos + 1)
    return False


# a region named with its level word: "Gaza province", "Erongo Region"
_LEVEL_WORD = re.compile(r"^(?P<base>.+?)[ \t]+(?:[Pp]rovince|[Rr]egion|[Gg]overnorate|[Dd]istrict|[Cc]ounty|[Ss]tate)$")


def level_word_regions(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A bare name that a text also gives with a region's level word ("Gaza province" in a report from
    Mozambique, then "Gaza" in its breadcrumb) is that region, not a place of the same name in another country."""
    regions: dict[str, PlaceMention] = {}
    for m in mentions:
        lw = _LEVEL_WORD.match(m.text) if m.level == "admin1" else None
        if lw is not None:
            regions.setdefault(lw.group("base").casefold(), m)
    if not regions:
        return mentions
    out: list[PlaceMention] = []
    for m in mentions:
        r = regions.get(m.text.casefold())
        if r is not None and r.country != m.country:  # "Moscow region ... Moscow": the city stays the city
            m = replace(r, start=m.start, end=m.end, text=m.text)
        out.append(m)
    return out
