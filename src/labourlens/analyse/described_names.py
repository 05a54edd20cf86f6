"""People first met by a description and named in the same phrase or the next sentence, for the last pass of the
attribution (:func:`labourlens.analyse.forum_posts.final_sources`).

A long-form report meets its interviewees one after the other: "The first worker, who asked that we call her
Dilfuza, is twenty-eight.", "The older of the two, Bekzod, 51, from Samarkand, ...", "The youngest, Aigerim, is
nineteen.", or "A Nepali cook who spent two years in Muscat ... He asked that only his first name, Suman, be
used." From there on the person is the named person under that name: the source worded by the description (or by
the bare "She" that follows the introduction) is reworded so, and a later source worded by the name alone is the
same person. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.gated import gated
from labourlens.analyse.opening_words import opening
from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["described_names", "introduced_name"]

_NAME = r"(?P<name>(?-i:[A-Z])[a-z][\w'\u2019]*(?:-[\w'\u2019]+)?)"
# a description of one person: "The second worker", "The older of the two", "The youngest", "A third woman"
# (at the start, after a sentence's end or after a line break: see opening_words, which writes it for speed)
_DESC = (rf"(?P<desc>{opening(('The', 'A', 'An'))}\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:[a-z][\w-]*)"
         r"(?:\s+of\s+the\s+(?:two|three|four|five|group|men|women|workers))?)")
# "The older of the two, Ulugbek, 46, from ...", "The second worker, Ri, the younger of the two, is ...",
# "The youngest, Dildora, is twenty."
_APPOSED = re.compile(rf"{_DESC},\s+{_NAME},\s+(?=\d{{1,2}}\b|the\s|is\s|was\s|"
                      r"from\s|who\s|now\s|a\s|an\s)")
# "The first worker, who asked that we call her Ozoda," / "who wanted to be called Pema" (or "... Pema since ...")
_ASKED_CALL = gated(rf"{_DESC},\s+who\s+asked\s+(?:that\s+we\s+call\s+(?:her|him)|"
                         rf"us\s+to\s+call\s+(?:her|him)|to\s+be\s+(?:called|identified\s+(?:only\s+)?as))\s+"
                         rf"[\"\u201c]?{_NAME}[\"\u201d]?(?:[,.]|(?=\s+(?:because|since|as|for)\s))")
# (s37) "a ferry mechanic who wished to be known by his family name alone, Ri," (the description anywhere in the sentence)
_IDENTIFIED_BY = gated(r"\b(?P<desc>(?-i:a|an)\s+(?:[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+who\s+(?:asked|wished|wanted|agreed|"
                       r"preferred)\s+to\s+be\s+(?:identified|known|named|called)\s+(?:only\s+)?by\s+(?:his|her)\s+"
                       r"(?:first\s+|family\s+|given\s+|last\s+)?(?:name|surname)(?:\s+(?:alone|only))?,\s+"
                       rf"{_NAME}(?=[,.;]|\s+(?:has|had|is|was|said|says|told|who)\b)")
# "He asked that only his first name, Shokir, be used." / "She asked to be identified only by her first name, Lila."
# (s387) or by the family name alone (her request to go by her surname only, then the name: "..., Ortiz.")
_NAMED_NEXT = re.compile(rf"(?P<who>{opening(('He', 'She'))})\s+asked\s+(?:that\s+only\s+(?:his|her)\s+"
                         rf"(?:first\s+)?name,\s+{_NAME},\s+be\s+used|to\s+be\s+(?:identified|known)\s+(?:only\s+)?by\s+(?:his|her)\s+"
                         rf"(?:(?:first|family|given|last)\s+name|surname|name),\s+{_NAME.replace('name>', 'name2>')}[.,])")
# "a Tajik builder named Zafarjon", "a cook called Maya": the bare "he" or "she" that follows is that person
_NAMED_SO = re.compile(rf"\b(?P<who>(?-i:a|an|one)\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:[a-z][\w-]*))\s+(?:named|called)\s+"
                       rf"{_NAME}(?=[\s,.;]|$)(?!\s+(?-i:[A-Z]))")
_PERSONS = frozenset({"anonymous_source"})
_PRONOUN = frozenset({"he", "she"})
_NOT_NAMES = frozenset({"the", "a", "an", "he", "she", "they", "it", "this", "that", "some", "many", "most"})


def _intros(text: str) -> list[tuple[int, int, str]]:
    """(start of the description, end of the introduction, name) of every person the text names on meeting."""
    out = []
    if "," in text:
        for rx in (_APPOSED, _ASKED_CALL):
            out += [(m.start("desc"), m.end(), m.group("name")) for m in rx.finditer(text)
                    if m.group("name").lower() not in _NOT_NAMES]
    if " named " in text or " called " in text:
        out += [(m.end(), m.end(), m.group("name")) for m in _NAMED_SO.finditer(text) if _a_person(m)]
    if " by his " in text or " by her " in text:
        out += [(m.start("desc"), m.end(), m.group("name")) for m in _IDENTIFIED_BY.finditer(text)
                if m.group("name").lower() not in _NOT_NAMES]
    if " asked " in text:
        for m in _NAMED_NEXT.finditer(text):
            out.append((-m.start(), m.end(), m.group("name") or m.group("name2")))
    return sorted(out, key=lambda t: abs(t[0]))


def _a_person(m: re.Match[str]) -> bool:
    """Is the "a ... named X" of ``m`` a person ("a Kyrgyz plasterer named Nurlan", not "a firm called Apex")?"""
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers loads the registry's helpers

    return m.group("name").lower() not in _NOT_NAMES and classify(m.group("who")) in _PERSONS


def introduced_name(sentence: str) -> tuple[str, int, int] | None:
    """(name, start, end) of the person a sentence that is no statement meets by a description and names ("The
    youngest, Aigerim, is nineteen.", "In a courtroom in Osh, a Kyrgyz plasterer named Nurlan described ..."), the
    antecedent of the "she said" that follows; None when it names nobody so."""
    if "," not in sentence and " named " not in sentence and " called " not in sentence:
        return None
    m = _APPOSED.match(sentence) or _ASKED_CALL.match(sentence) if "," in sentence else None
    if m is None and (" by his " in sentence or " by her " in sentence):
        m = next(_IDENTIFIED_BY.finditer(sentence), None)
    if m is None and (" named " in sentence or " called " in sentence):
        m = next((n for n in _NAMED_SO.finditer(sentence) if _a_person(n)), None)
    if m is None or m.group("name").lower() in _NOT_NAMES:
        return None
    return m.group("name"), m.start("name"), m.end("name")


def _target(text: str, start: int, end: int, sources: Sequence[Source], taken: set[str]) -> Source | None:
    """The source the introduction at ``start``..``end`` names: the one worded by its description, else the bare
    pronoun heard first after it (in the same paragraph or the next), else for "He asked that only his first
    name ... be used" (``start`` < 0) the unnamed person met last before it."""
    if start >= 0:
        own = [s for s in sources if s.key not in taken and s.spans and any(a == start for a, _ in s.spans)
               and s.kind in ("anonymous_source", "named_person")]
        if own:
            return own[0]
        # (s331) "The driver, who wished to be called X, said ...": the description is a definite back-reference that the
        # attribution gave to the person met before ("A man from ... says ..."), whose source is named so
        held = next((s for s in sources if s.key not in taken and s.kind == "anonymous_source" and s.spans
                     and min(s.spans)[0] < start and any(start <= a < end for a, _ in s.spans)), None)
        if held is not None:
            return held
        stop = text.find("\n\n", text.find("\n\n", end) + 2)
        stop = len(text) if stop < 0 else stop
        after = [s for s in sources if s.key not in taken and s.spans and (s.wording or "").strip().lower() in _PRONOUN
                 and end <= min(s.spans)[0] < stop]
        return min(after, key=lambda s: min(s.spans)[0]) if after else None
    at = -start
    para = text.rfind("\n\n", 0, at)
    # (s387) the person may have been met in the lede and be spoken of again here ("the former foreman said. He asked
    # ..."): a mention in this paragraph is enough, the latest one before the request
    before = {s.key: max(a for a, _ in s.spans if para <= a < at) for s in sources if s.key not in taken
              and s.kind == "anonymous_source" and s.spans and any(para <= a < at for a, _ in s.spans)}
    return max((s for s in sources if s.key in before), key=lambda s: before[s.key], default=None)


def described_names(text: str, result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with people named on meeting reworded as their name (named persons), and later sources worded
    by that name alone folded into them (``result`` rewritten in place)."""
    out = []
    for src in sources:  # "a Kyrgyz plasterer named Nurlan": Nurlan
        w = (src.wording or "").strip()
        m = _NAMED_SO.fullmatch(w) if src.kind in ("anonymous_source", "named_person") and ("named " in w or "called " in w) \
            else None
        out.append(replace(src, wording=m.group("name"), canonical=m.group("name"), kind="named_person")
                   if m is not None and _a_person(m) else src)
    intros = _intros(text)
    if not intros:
        return out
    taken: set[str] = set()
    merged: dict[str, Source] = {}
    for start, end, name in intros:
        s = _target(text, start, end, out, taken)
        if s is None:
            continue
        taken.add(s.key)
        named = replace(s, wording=name, canonical=name, kind="named_person")
        out = [named if e.key == s.key else e for e in out]
        for e in out:
            w = (e.wording or "").strip()
            if e.key != s.key and e.key not in merged and e.kind == "named_person" and e.spans \
                    and (w == name or w.startswith(f"{name},")) and min(e.spans)[0] > abs(start):
                merged[e.key] = named
                taken.add(e.key)
    return merge_into(out, result, merged) if merged else out
