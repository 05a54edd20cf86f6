"""A person the text names in the phrase that introduces them is a named person under that name: "the woman, who
identified herself as Amina K." is Amina K., "26-year-old Joyce Wairimu" is Joyce Wairimu (an age before the name
is no part of it). When the name is then the same as that of a person heard later ('"...," Joyce says'), the two
are one source; so too "her cousin" and a later "her cousin, Ronald Ssempa, a driver" (the relation named again
with the name). Called from :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.model import Source

__all__ = ["self_named"]

_NAME = r"(?P<name>[A-Z][\w'\u2019-]*\.?(?:\s+(?:[A-Z][\w'\u2019-]*\.?|al-[A-Z][\w-]*|bin|binti|de|van)){0,3})"
# "the woman, who identified herself as Amina K.", "A man who gave his name as Chol", "the worker, who introduced
# himself only as Bashir"
_CALLED = re.compile(r"^(?i:the|a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,3}?(?:woman|man|girl|boy|worker|maid|"
                     r"housemaid|nanny|cleaner|driver|labourer|laborer|migrant|mother|father|caregiver|helper|"
                     r"welder|builder|courier|picker),?\s+who\s+(?:identified\s+(?:herself|himself)|gave\s+(?:her|his)"
                     rf"\s+(?:first\s+)?name|introduced\s+(?:herself|himself))\s+(?:only\s+)?as\s+{_NAME}$")
# "26-year-old Joyce Wairimu": an age, then a first name and a surname
_AGED = re.compile(rf"^\d{{1,2}}-year-old\s+(?=[A-Z][a-z]+\s+[A-Z])(?!(?:The|A|An)\b){_NAME}$")

# "her cousin", "his brother", "their father": one person by a relation
_RELATION = re.compile(r"^(?:her|his|their|my|our)\s+(?:[a-z]+\s+)?(?:cousin|brother|sister|mother|father|aunt|uncle|"
                       r"husband|wife|son|daughter|niece|nephew|friend|neighbour|neighbor|employer|lawyer)$")


def self_named(result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with people introduced by their own name reworded as that name (named persons), and folded
    into a later source worded with the same name (``result`` rewritten in place)."""
    out = []
    for s in sources:
        w = (s.wording or "").strip()
        m = (_CALLED.match(w) or _AGED.match(w)) if s.kind == "anonymous_source" and ("as " in w or "-year-old" in w) \
            else None
        out.append(replace(s, wording=m.group("name"), kind="named_person") if m is not None else s)
    merged: dict[str, Source] = {}
    for s in out:
        if s.kind != "named_person" or not s.spans or s.key in merged:
            continue
        same = [e for e in out if e.key != s.key and e.kind == "named_person" and e.wording == s.wording and e.spans
                and min(e.spans)[0] > min(s.spans)[0] and e.key not in merged]
        for e in same:
            merged[e.key] = s
    for s in out:  # "her cousin said" ... "said her cousin, Ronald Ssempa": one person, under the name
        w = (s.wording or "").strip().lower()
        if s.kind != "anonymous_source" or not s.spans or s.key in merged or not _RELATION.match(w):
            continue
        later = [e for e in out if e.kind == "named_person" and e.spans and min(e.spans)[0] > min(s.spans)[0]
                 and e.key not in merged and (e.wording or "").lower().startswith(f"{w}, ")]
        if later:
            merged[s.key] = min(later, key=lambda e: min(e.spans)[0])
    return merge_into(out, result, merged) if merged else out
