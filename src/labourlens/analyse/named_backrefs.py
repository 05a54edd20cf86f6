"""A definite description that names the person met just before: "About fifty loggers have not been paid, a worker at
the camp told the paper. The worker, who gave his name as Wang, said ...": "The worker" is the worker at the camp,
now named, not a second person called Wang. The later source is folded into the earlier one (the earlier wording stays;
the name is the same person's). Only an unnamed single person met before with the same head noun counts. Called from
:mod:`labourlens.analyse.forum_posts`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["named_backrefs"]

# (s41) or in a sentence of its own, with an age: "The man, 44, asked to be known as Tomas."
_NAMED_BACK = re.compile(r"(?:The|This)\s+(?P<head>[a-z][a-z-]+),\s+(?:(?P<age>(?:aged\s+)?\d{1,2}),\s+)?(?(age)(?:who\s+)?|who\s+)"
                         r"(?:gave\s+(?:his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as|"
                         r"asked\s+(?:us\s+|me\s+)?to\s+(?:be\s+called|call\s+(?:him|her))|"
                         r"asked\s+(?:us\s+|me\s+)?to\s+be\s+(?:identified|named|known)\s+(?:only\s+)?as|"
                         r"identified\s+(?:himself|herself)\s+(?:only\s+)?as|"
                         # a poster's handle: 'The worker, who posts as "Nena in Doha", said'
                         r"(?:posts|posted|signs|signed)\s+(?:online\s+|on\s+[A-Z]\w+\s+)?as|goes\s+by)\s")
_PERSON_KINDS = ("anonymous_source", "named_person")


def _named_before(text: str, at: int) -> re.Match[str] | None:
    """The "The worker, who gave his name as" that ends right before the name at offset ``at``, if any."""
    for opener in ("The ", "This "):
        k = text.rfind(opener, max(0, at - 90), at)
        m = _NAMED_BACK.match(text, k) if k >= 0 else None
        if m is not None and text[m.end():at].strip(" \"\u201c") == "":
            return m
    return None


def named_backrefs(text: str, result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with each "The worker, who gave his name as X" folded into the unnamed worker met just before
    (``result`` rewritten in place)."""
    merged: dict[str, Source] = {}
    renamed: dict[str, Source] = {}  # a person met by a description, named now by a gendered noun: the name words it
    for s in sources:
        at = min(s.spans)[0] if s.kind in _PERSON_KINDS and s.spans else -1
        m = _named_before(text, at) if at >= 0 else None
        if m is None and at >= 0 and s.kind == "named_person" and s.canonical and 0 <= (k := text.find(s.canonical)) < at:
            at, m = k, _named_before(text, k)  # (s41) the name given in a sentence of its own, before the person speaks
        if m is None:
            continue
        head = m.group("head")
        before = [e for e in sources if e.key != s.key and e.kind == "anonymous_source" and e.spans
                  and min(e.spans)[0] < at and head in (e.wording or "").lower().split()
                  and (e.wording or "").lower().split()[0] in ("a", "an", "one", "another")]
        if before:
            merged[s.key] = max(before, key=lambda e: min(e.spans)[0])
        elif (last := _last_person(sources, s, at)) is not None and (_told_as(head, last.wording or "") or m.group("age") and _only_person(
                sources, s, at) and _GENDERED.get("man" if head == "woman" else "woman", _ANY).search(last.wording or "") is None):
            merged[s.key] = last  # "The woman, who asked to be called X" after "A Kenyan nurse who lost her job"
            renamed[last.key] = s
    out = merge_into(sources, result, merged)
    return [replace(e, wording=n.wording, canonical=n.canonical, kind=n.kind) if (n := renamed.get(e.key)) else e
            for e in out]


# "The woman" / "The man" names again a person met as a worker, when that person's own description says "her" / "his"
_GENDERED = {"woman": re.compile(r"\b(?:she|her|herself|woman|female)\b", re.IGNORECASE),
             "man": re.compile(r"\b(?:he|his|him|himself|man|male)\b", re.IGNORECASE)}


def _told_as(head: str, wording: str) -> bool:
    """Does the earlier ``wording`` tell of one person of the gender "the ``head``" gives (and not of the other)?"""
    own = _GENDERED.get(head)
    other = _GENDERED.get("man" if head == "woman" else "woman")
    return own is not None and other is not None and own.search(wording) is not None and other.search(wording) is None


_ANY = re.compile(r".")


def _only_person(sources: Sequence[Source], s: Source, at: int) -> bool:
    """(s41) Is one person all that was met before offset ``at`` (the lede's "a former employee")?"""
    met = [e for e in sources if e.key != s.key and e.kind in _PERSON_KINDS and e.spans and min(e.spans)[0] < at]
    return len(met) == 1 and " and " not in f" {' '.join((met[0].wording or '').split())} "  # not "a cook and a driver"


def _last_person(sources: Sequence[Source], s: Source, at: int) -> Source | None:
    """The person met last before offset ``at``, when that is an unnamed single one ("A Filipino cook who ...")."""
    people = [e for e in sources if e.key != s.key and e.kind in _PERSON_KINDS and e.spans and min(e.spans)[0] < at]
    last = max(people, key=lambda e: min(e.spans)[0]) if people else None
    if last is None or last.kind != "anonymous_source" or (last.wording or "").lower().split()[:1] not in (
            ["a"], ["an"], ["one"], ["another"]):
        return None
    return last
