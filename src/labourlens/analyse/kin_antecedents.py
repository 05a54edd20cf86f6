"""A relative named again by the kin word he is to someone met before ("Ram Yadav, 58, had travelled overnight to
collect his son Binod. '...,' the father said."): the father is Ram Yadav, whose son was named, and the speaker is
worded by his name (``named_person``). (s34) So is "his mother" after a paragraph that opened with a person named in full
and named "her son Rafiq" ("According to his mother, ..."), and (s39) a kin word that named a person in apposition before ("his
mother, Ana Ruiz, said ..." then "..., his mother said"). Only a person named in full at the head of a sentence of the same paragraph,
with "his son" or "her husband" in that sentence (``kin_inverse`` in ``speaker_roles.yaml``), is read so, and only
when one such person is there. Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["kin_antecedents"]

_KIN_SPEAKER = re.compile(r"^(?P<det>the|his|her)\s+(?P<kin>[a-z]+)$", re.IGNORECASE)
# a person named in full opening a sentence: "Ram Bahadur Yadav, 58, had ...", "Amina Odhiambo had ..."
_PERSON_HEAD = re.compile(r"(?:^|(?<=[.!?\"\u201d]\s)|\n)\s*(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,3})"
                          r"(?:,\s+\d{2},)?\s+(?:had|has|was|is|who|travelled|traveled|came|went|arrived|waited|sat|stood|"
                          r"said|says|lost|buried|collected|received)\b")
_WINDOW = 700  # characters before the kin word in which the person is looked for
# (s34) "According to his mother, ...": a person named in full opening a sentence in the paragraphs before, in whose
# paragraph "her son Rafiq" stands ("Salma Khatun keeps the receipts. ... the 4 lakh taka her son Rafiq paid")
_OWN_WINDOW = 1500
_NAME_HEAD = re.compile(r"(?:^|(?<=[.!?\"\u201d]\s)|\n)\s*(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,3})"
                        r"(?:,\s+\d{2},)?\s+[a-z]+\b")


@lru_cache(maxsize=1)
def _inverse() -> dict[str, re.Pattern[str]]:
    data = knowledge.load("speaker_roles.yaml").get("kin_inverse") or {}
    return {str(k).lower(): re.compile(r"\b(?:his|her)\s+(?:" + "|".join(re.escape(str(w)) for w in v) + r")\b")
            for k, v in data.items()}


def kin_antecedents(text: str, result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with "the father" worded by the person whose son the paragraph named just before (see the module
    doc), or merged into that person's source when he spoke under his name too (``result`` rewritten in place)."""
    if not any(_KIN_SPEAKER.match((s.wording or "").strip()) for s in sources):
        return list(sources)
    out = list(sources)
    merged: dict[str, Source] = {}
    for n, s in enumerate(out):
        m = _KIN_SPEAKER.match((s.wording or "").strip()) if s.kind == "anonymous_source" and s.spans else None
        relation = _inverse().get(m.group("kin").lower()) if m else None
        apposed = [e for e in out if e.key != s.key and e.kind == "named_person" and e.spans and min(e.spans)[0] < min(s.spans)[0]
                   and (e.wording or "").lower().startswith(m.group(0).lower() + ", ")] if m else []
        if len(apposed) == 1:  # (s39) "his mother, Ana Ruiz, said ..." before: the same woman named again by the kin word
            merged[s.key] = apposed[0]
            continue
        if m is None or relation is None:
            continue
        at = min(s.spans)[0]
        people = []
        if m.group("det").lower() == "the":
            para = text.rfind("\n\n", 0, at) + 1
            before = text[max(para, at - _WINDOW):at]
            for p in _PERSON_HEAD.finditer(before):
                end = before.find(".", p.end())
                if relation.search(before, p.end(), end if end >= 0 else len(before)):
                    people.append(p.group("name"))
        else:  # "his mother": the paragraphs before, the relation anywhere in the named person's paragraph
            before = text[max(0, at - _OWN_WINDOW):text.rfind("\n\n", 0, at) + 1]
            for p in _NAME_HEAD.finditer(before):
                end = before.find("\n\n", p.end())
                if relation.search(before, p.end(), end if end >= 0 else len(before)):
                    people.append(p.group("name"))
            if not people:  # (s36) one who already spoke under a single name ("Every evening Nadia waits for her son
                # Ilham's call. ... she said") and whose paragraph named the son
                people = [name for name in _spoken_names(out, s.key) if _relation_after(before, name, relation)]
        if len(set(people)) != 1:
            continue
        named = [e for e in out if e.key != s.key and (e.wording or "").startswith(people[0])]
        if len(named) == 1:
            merged[s.key] = named[0]
        elif not named:
            out[n] = replace(s, wording=people[0], kind="named_person")
    return merge_into(out, result, merged)


def _spoken_names(sources: Sequence[Source], key: str) -> list[str]:
    """The single names of the named people who spoke (other than ``key``)."""
    return [e.canonical for e in sources if e.key != key and e.kind == "named_person" and e.canonical
            and " " not in e.canonical and e.canonical[:1].isupper()]


def _relation_after(before: str, name: str, relation: re.Pattern[str]) -> bool:
    """Does ``name`` stand in ``before`` with the relation ("her son") after it in its paragraph?"""
    at = before.find(name)
    while at >= 0:
        after = at + len(name)
        if (at == 0 or not before[at - 1].isalnum()) and not before[after:after + 1].isalnum():
            end = before.find("\n\n", after)
            if relation.search(before, after, end if end >= 0 else len(before)):
                return True
        at = before.find(name, after)
    return False
