"""Contexts that decide whether a gazetteer name names a place (extractor ``places.v1``).

* a sports club's name, "the Tver Falcons beat the Oka Red Hawks 3-1": a place and a capitalised plural
  nickname in a sentence of sport (:func:`club_name`); the club is no place of the report;
* a place in a newspaper's name that opens a line (a masthead, "Kama Pravda | Society | 03.04.2025") and
  ends in a newspaper word of another language (:func:`foreign_paper`): the words of ``media_words_named`` in
  ``mastheads.yaml`` that ``name_words_language`` also lists; mid-sentence such a pair is left to the outlet
  rules, which read it only after a cue ("told Kama Pravda");
* a town joined by a hyphen to another word, then a word of a seaside or holiday area, "the Sochi-Adler coastal strip"
  (:func:`area_compound`): the town's area, not a firm's name such as "Ostrov-Fish".

The word lists are in ``knowledge/place_contexts.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["area_compound", "club_name", "foreign_paper"]

# one or two capitalised words after the place, the last a plural ("Falcons", "Red Hawks")
_NICKNAME_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?([A-Z][a-z]+s)\b(?![ \t]*[A-Z])")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,2}[-\u2013]\d{1,2}(?![\d.,/-])")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_LINE_START = re.compile(r"[.!?\n][^.!?\n]*$")
_LINE_END = re.compile(r"[^.!?\n]*")
# a capitalised word after a hyphen, then the next one or two lower-case words
_HYPHEN_AREA = re.compile(r"-[A-Z][^\W\d_]*[ \t]+([a-z]+)\b(?:[ \t]+([a-z]+)\b)?")
# words that end the compound's phrase: "Ostrov-Fish in the port" is no area of the town
_FUNCTION_WORDS = frozenset({"in", "at", "of", "the", "a", "an", "and", "or", "to", "near", "on", "for", "with",
                             "from", "by", "said", "says", "has", "had", "is", "was", "were", "are"})
# the capitalised words that open a line (a masthead)
_LINE_OPEN = re.compile(r"[ \t]*[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}")
_PAPER_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = knowledge.load("place_contexts.yaml")
    return (frozenset(str(w).lower() for w in data.get("sport_words") or ()),
            frozenset(str(w).lower() for w in data.get("not_nicknames") or ()),
            frozenset(str(w).lower() for w in data.get("area_nouns") or ()))


@lru_cache(maxsize=1)
def _paper_words() -> frozenset[str]:
    data = knowledge.load("mastheads.yaml")
    foreign = {str(w).lower() for words in (data.get("name_words_language") or {}).values() for w in words or ()}
    return frozenset(w for w in (str(x).lower() for x in data.get("media_words_named") or ()) if w in foreign)


def _sentence(text: str, start: int, end: int) -> str:
    m = _LINE_START.search(text, max(0, start - 300), start)
    lo = m.start() + 1 if m else max(0, start - 300)
    e = _LINE_END.match(text, end)
    hi = e.end() if e else end
    return text[lo:min(hi, end + 300)]


def club_name(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] the place of a sports club's name ("the Tver Falcons beat ...")?
    The name follows "the" and comes before a capitalised plural nickname, in a sentence with a word of
    sport or a score."""
    m = _NICKNAME_AFTER.match(text, end)
    if m is None or _THE_BEFORE.search(text, max(0, start - 5), start) is None:
        return False
    sport, not_nick, _ = _lists()
    if m.group(1).lower() in not_nick:
        return False
    sentence = _sentence(text, start, end)
    return _SCORE.search(sentence) is not None or any(w in sport for w in _WORD.findall(sentence.lower()))


def foreign_paper(text: str, end: int) -> bool:
    """Does a newspaper word of another language follow the name, in the capitalised words that open a line
    ("Kama Pravda | Society")?"""
    m = _PAPER_AFTER.match(text, end)
    if m is None or m.group(1).lower() not in _paper_words():
        return False
    opening = _LINE_OPEN.match(text, text.rfind("\n", 0, end) + 1)
    return opening is not None and opening.end() >= end


def area_compound(text: str, end: int) -> bool:
    """Does the name go on after a hyphen with a capitalised word and then a word of an area ("Sochi-Adler
    coastal strip")? Then the name is the town's, not a firm's ("Ostrov-Fish")."""
    m = _HYPHEN_AREA.match(text, end)
    if m is None:
        return False
    area = _lists()[2]
    first, second = m.group(1), m.group(2)
    return first in area or (second is not None and second in area and first not in _FUNCTION_WORDS)


_ASSEMBLY_BEFORE = re.compile(r"(?:\b(?:[Ss]tate|[Rr]egional|[Cc]ity|[Mm]unicipal|[Oo]blast|[Pp]rovincial|[Ll]ocal|[Dd]istrict|"
                              r"[Rr]epublican|[Ff]ederal|[Nn]ational|[Vv]erkhovna|[Gg]rand|[Ss]upreme)|'s|\u2019s)[ \t]+$")
_ASSEMBLY_AFTER = re.compile(r"[ \t]+(?:deputy|deputies|member|members|speaker|committee|session|lawmakers?|chairman|"
                             r"chairwoman|chair|election|elections|vote|voted)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _assemblies() -> frozenset[str]:
    return frozenset(str(w) for w in knowledge.load("place_contexts.yaml").get("assembly_words") or ())


def assembly(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a legislature's ("the regional Duma", "Duma deputies"), not the town of that
    name?"""
    if text[start:end] not in _assemblies():
        return False
    return _ASSEMBLY_BEFORE.search(text, max(0, start - 20), start) is not None \
        or _ASSEMBLY_AFTER.match(text, end) is not None
