"""An office holder met first by the title alone and named later with the same title ("..., the Philippine labor
attaché in Riyadh said Sunday. Labor Attaché Ramon Villanueva said the worker ..."): one source, worded by the
name. Merged in the last pass of the attribution (:func:`labourlens.analyse.forum_posts.final_sources`).

The title is the last one or two words of the unnamed mention before a place or body ("the labour attaché in
Doha", "the embassy's first secretary"); the named mention must open with those words written as a title, then a
capitalised name ("Labour Attaché Amina Yusuf", "First Secretary Tomas Reyes"). The merge needs exactly one
named source with that title and one unnamed one, so two attachés of two countries stay apart. Examples are
invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["ranked_surnames", "titled_names", "titled_surnames"]

# "the Philippine labor attaché in Riyadh", "the embassy's first secretary", "a labour attaché at the mission"
_UNNAMED = re.compile(
    r"^(?:the|a|an)\s+(?:[\w'\u2019.-]+\s+){0,3}?(?P<title>[a-z][\w\u00c0-\u017f-]+(?:\s+[a-z][\w\u00c0-\u017f-]+)?)"
    r"(?:\s+(?:in|at|to|for|of|with)\s+\S.*)?$")
# "Labor Attaché Ramon Villanueva": the title capitalised, then a name of two or three capitalised words
_NAMED = re.compile(r"^(?P<title>(?-i:[A-Z])[\w\u00c0-\u017f-]+(?:\s+(?-i:[A-Z])[\w\u00c0-\u017f-]+)?)"
                    r"\s+(?P<name>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){1,2})$")
_KINDS = frozenset({"official", "named_person", "organization"})
# title words that name no office on their own ("the worker", "the man"): a name after them is no title
_NOT_TITLES = frozenset({"worker", "workers", "man", "woman", "men", "women", "source", "person", "people", "official",
                         "officials", "spokesman", "spokeswoman", "spokesperson", "group", "family", "company"})


def _title_of_unnamed(wording: str) -> str | None:
    m = _UNNAMED.match(wording.strip())
    if m is None:
        return None
    title = m.group("title").lower()
    return None if title.split()[-1] in _NOT_TITLES else title


def _title_of_named(wording: str) -> str | None:
    m = _NAMED.match(wording.split(",")[0].strip())  # "Labour Attaché Joseph Kamau, who served in Jeddah"
    return m.group("title").lower() if m is not None else None


def titled_names(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with an office holder met by title alone merged into the one source named later with that title
    (``result`` rewritten in place)."""
    if not any(" " in (s.wording or "") and s.kind == "official" for s in sources):
        return list(sources)
    unnamed: dict[str, list[Source]] = {}
    named: dict[str, list[Source]] = {}
    for s in sources:
        if s.kind not in _KINDS or not s.spans:
            continue
        wording = s.wording or ""
        t = _title_of_named(wording)
        if t is not None and len(t.split()) <= 2:
            named.setdefault(t, []).append(s)
            continue
        if s.kind == "official":
            t = _title_of_unnamed(wording)
            if t is not None:
                unnamed.setdefault(t, []).append(s)
    merged: dict[str, Source] = {}
    for title, group in unnamed.items():
        targets = named.get(title) or []
        # the named mention comes after the first unnamed one (the name is given later, not first)
        if len(group) != 1 or len(targets) != 1 or min(targets[0].spans)[0] < min(group[0].spans)[0]:
            continue
        merged[group[0].key] = targets[0]
    return merge_into(sources, result, merged)


# "Mr Al Mansoori", "Ms van der Berg", "Dr bin Salleh": a title before a surname that opens with a particle
_TITLED_SURNAME = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?P<surname>(?:Al|El|al|el|Al-|bin|bint|ibn|Abu|van|von|de|da|"
                             r"del|der|van\s+der|van\s+den|de\s+la)\s+[A-Z][\w'\u2019-]+)$")


def titled_surnames(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with "Mr Al Mansoori" merged into the one person named in full with that surname before ("Defence
    lawyer Adel Al Mansoori"), which a surname of one word is already (``result`` rewritten in place)."""
    if not any(_TITLED_SURNAME.match((s.wording or "").strip()) for s in sources):
        return list(sources)
    merged: dict[str, Source] = {}
    for s in sources:
        m = _TITLED_SURNAME.match((s.wording or "").strip())
        if m is None or not s.spans:
            continue
        tail = " " + m.group("surname")
        named = [e for e in sources if e.key != s.key and e.kind in _KINDS and e.spans and min(e.spans)[0] < min(s.spans)[0]
                 and any(part.strip().endswith(tail) for part in (e.wording or "").split(","))]
        if len(named) == 1:
            merged[s.key] = named[0]
    return merge_into(sources, result, merged)


# "Det Gda Byrne", "Sgt Otieno", "Det Insp Walsh": abbreviated police ranks before a surname alone
# (s36) or a rank spelt out before the surname ("Lieutenant Ramsamy" after "a coastguard officer, Lieutenant Anil Ramsamy")
_RANKED_SURNAME = re.compile(r"^(?:(?:Det|Gda|Sgt|Insp|Supt|Cpl|Const|Con|Ch|Chief|Lt|Capt|Cmdr|Maj|Col)\.?\s+|"
                             r"(?:Lieutenant|Sergeant|Inspector|Detective|Constable|Superintendent|Commander|Major|"
                             r"Colonel|Captain)\s+)+(?P<surname>[A-Z][\w'\u2019-]+)$")


def ranked_surnames(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with an officer called by short rank and surname ("Det Gda Byrne") merged into the one official
    named in full with that surname before ("Detective Garda Aoife Byrne"): one source (``result`` rewritten in
    place)."""
    if not any(_RANKED_SURNAME.match((s.wording or "").strip()) for s in sources):
        return list(sources)
    merged: dict[str, Source] = {}
    for s in sources:
        m = _RANKED_SURNAME.match((s.wording or "").strip())
        if m is None or not s.spans:
            continue
        tail = " " + m.group("surname")
        named = [e for e in sources if e.key != s.key and e.kind == "official" and e.spans
                 and min(e.spans)[0] < min(s.spans)[0]
                 and any(part.strip().endswith(tail) and len(part.split()) >= 3 for part in (e.wording or "").split(","))]
        if len(named) == 1:
            merged[s.key] = named[0]
    return merge_into(sources, result, merged)
