"""A newspaper named in its own language: "Folha do Litoral", "Diario do Sul", "Gazeta Lubuska", "Kurier Baltycki".

Such a name opens with a word for a newspaper in that language (the ``name_words_language`` lists of
``mastheads.yaml``) and goes on with capitalised words, perhaps joined by a particle ("do", "da", "de"; Swahili
"ya", "wa": "Sauti ya Pwani"); it is an ``outlet`` even when the outlet is not in the outlet list, and its words
name no place of their own (:func:`paper_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from labourlens import knowledge
from labourlens.analyse.dates import lower_words
from labourlens.analyse.hedges import fold_safe

if TYPE_CHECKING:
    from labourlens.analyse.speakers import Mention

# (s38) the paper's own article before its name too ("El Heraldo del Valle", "O Correio do Norte", "Il Mattino di Bari")
_NAME = re.compile(r"^(?:(?:[Tt]he|El|La|Los|Las|Il|Lo|Le|Les|Os|O)\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<first>[A-Z][^\W\d_]+)"
                   r"(?:\s+(?:(?:do|da|dos|das|de|del|di|du|la|le|ya|wa|za)\s+)?"
                   r"[A-Z][\w'\u2019.-]*){1,4}$")


@lru_cache(maxsize=1)
def _paper_words() -> frozenset[str]:
    lists = knowledge.load("mastheads.yaml").get("name_words_language", {})
    return frozenset(w.lower() for words in lists.values() for w in words if " " not in w and "." not in w)


def paper_words() -> frozenset[str]:
    """The own-language words for a newspaper, lower case ("gazeta", "folha", "corriere")."""
    return _paper_words()


def paper_name(phrase: str) -> bool:
    """Is ``phrase`` a newspaper's own-language name ("Folha do Litoral", "Tygodnik Pomorski")?"""
    m = _NAME.match(phrase.strip())
    return m is not None and m.group("first").lower() in _paper_words()


@lru_cache(maxsize=1)
def _in_text_re() -> re.Pattern[str]:
    # not "krai", also the suffix of a Russian region's name ("Primorsky Krai")
    words = "|".join(re.escape(w) for w in sorted(_paper_words(), key=lambda w: (-len(w), w)) if w.isalpha() and w != "krai")
    return re.compile(rf"(?<![\w'\u2019-])(?i:{words or '(?!)'})(?:[ \t]+(?:(?:do|da|dos|das|de|del|di|du|la|le|ya|wa|za)"
                      r"[ \t]+)?[A-Z][\w'\u2019.-]*){1,4}")


@lru_cache(maxsize=1)
def _ascii_words() -> frozenset[str]:
    """The paper words that :func:`_in_text_re` looks for and a fold-safe text can hold (ASCII letters only)."""
    return frozenset(w for w in _paper_words() if w.isascii() and w.isalpha() and w != "krai")


def paper_spans(text: str) -> list[tuple[int, int]]:
    """The spans of newspapers named in their own language in ``text`` ("Sauti ya Pwani Jumapili"), whose words
    name no place of their own."""
    # (speed: the scan tries its case-blind alternation at every character, ~1 ms a report; a match is a whole run
    # of letters followed by a space, so in a text that lower-cases safely it is one of the text's lower-case words,
    # which dates and money compute for the same text anyway)
    if fold_safe(text):
        low, words = lower_words(text)
        present = words & _ascii_words()
        if not present:
            return []
        if _cased_others():  # (speed: the scan of the whole text tried its alternation at every character, ~1.5 ms)
            return [(m.start(), m.end()) for m in _matches_at(text, low, present | _short_words())
                    if m.group(0)[:1].isupper()]
    return [(m.start(), m.end()) for m in _in_text_re().finditer(text) if m.group(0)[:1].isupper()]


@lru_cache(maxsize=1)
def _cased_others() -> bool:
    """Does every paper word outside ASCII hold a cased letter outside ASCII? Then none can match a fold-safe text
    (its cased letters are all ASCII, and such a letter matches, ignoring case, only letters outside ASCII)."""
    scanned = [w for w in _paper_words() if w.isalpha() and w != "krai" and not w.isascii()]
    return all(any(not c.isascii() and c.lower() != c.upper() for c in w) for w in scanned)


@lru_cache(maxsize=1)
def _short_words() -> frozenset[str]:
    """The paper words the scan looks for that are too short for :func:`lower_words`' set (tried wherever they occur)."""
    return frozenset(w for w in _ascii_words() if len(w) < 3)


def _matches_at(text: str, low: str, present: frozenset[str]) -> Iterator[re.Match[str]]:
    """``_in_text_re().finditer(text)`` of a fold-safe text whose paper words are ``present``, tried only where one
    of them starts (``low``: the text lower-cased, same positions): a match opens with a paper word followed by a
    space, a whole run of letters of ``low``, so one of those the text holds (or a short one); a match is never empty,
    so finditer goes on from its end."""
    starts: set[int] = set()
    for w in present:
        at = low.find(w)
        while at >= 0:
            starts.add(at)
            at = low.find(w, at + 1)
    rx, end = _in_text_re(), 0
    for at in sorted(starts):
        if at >= end and (m := rx.match(text, at)) is not None:
            end = m.end()
            yield m


# a paper described in apposition to its name: "Sol y Sombra, a Lima weekly, reported ...", "Voz del Norte, the Quito
# daily": the name (capitalised words, perhaps joined by a particle) and a medium noun after an article, with at most a
# place or an adjective before it
_MEDIUM = (r"(?:an?|the)\s+(?:[A-Z][\w'\u2019.-]*(?:[ -][A-Z][\w'\u2019.-]*)?(?:-based)?\s+)?(?:[a-z-]+\s+)?"
           r"(?:weekly|daily|newspaper|paper|magazine|tabloid|news\s+(?:site|website|portal)|radio\s+station|broadcaster)")
_MEDIUM_DESC = re.compile(rf"^{_MEDIUM}$")
_PAPER_NAME = (r"[A-Z][\w'\u2019&.-]*(?:\s+(?:(?:y|e|de|del|do|da|dos|das|em|la|el|los|las|di|du|of|the|and|&)\s+){0,2}"
               r"[A-Z][\w'\u2019.-]*){0,4}")
_NAME_BEFORE = re.compile(rf"^\s*(?P<name>{_PAPER_NAME}),\s*$")
_NAMED_MEDIUM = re.compile(rf"^\s*{_PAPER_NAME},\s+{_MEDIUM}\s*$")


def medium_apposition(phrase: str) -> bool:
    """Is ``phrase`` a name with the paper it is in apposition ("Sol y Sombra, a Lima weekly")?"""
    return "," in phrase and _NAMED_MEDIUM.match(phrase) is not None


def named_medium(m: Mention | None, sentence: str) -> Mention | None:
    """A speaker worded by a paper's description alone ("a Lima weekly") whose name opens the sentence before it
    ("Sol y Sombra, a Lima weekly, reported ..."): the name and the description; else ``m`` as it is."""
    if m is None or m.start < 3 or not _MEDIUM_DESC.match(m.wording):
        return m
    name = _NAME_BEFORE.match(sentence, 0, m.start)
    if name is None:
        return m
    start = name.start("name")
    return replace(m, wording=sentence[start:m.end], start=start)
