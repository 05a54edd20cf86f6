"""A firm named like a person that speaks of itself as "it" (extractor ``firm_it_voices.v1``), a last pass of the
attribution (:func:`labourlens.analyse.forum_posts.final_sources`).

A two-word firm name with no legal form ("Serra Nova", "Granja Alta") reads to the classifier as a person's name.
When the page has met it as a workplace ("a shift at Granja Alta", "workers employed by Serra Nova", "Granja Alta, one
of the biggest packers in the district") and it then speaks of itself as "it" ("Granja Alta said it had ...", "Serra
Nova says it pays ..."), it is the firm: an ``organization`` (main README: companies speak as ``organization``). A
person's name met only as a person, or one that never says "it" of itself, keeps its kind. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from labourlens.model import Source

__all__ = ["EXTRACTOR", "firm_it_voices"]

EXTRACTOR = "firm_it_voices.v1"

# a bare name of two to four capitalised words, no title
_BARE_NAME = re.compile(r"^[A-Z][\w'\u2019&-]+(?:\s+[A-Z][\w'\u2019&-]+){1,3}$")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\b")


def _speaks_as_it(text: str, name: str) -> bool:
    """Does ``name`` say "it" of itself ("X said it had", "X says that it pays", "X stated in its reply that it")?"""
    return re.search(rf"\b{re.escape(name)}\s+(?:said|says|stated|states|told\s+\w+|added|insisted|insists)\s+"
                     r"(?:(?:in|on|by)\s+(?:a|an|its)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:that\s+)?it\s+(?:had|has|was|is|would|will|"
                     r"did|does|could|can|paid|pays|never|always|took|takes|complied|complies|follows|followed|"
                     r"rejected|rejects|denied|denies|\"|\u201c)", text) is not None


def _met_as_workplace(text: str, name: str) -> bool:
    """Has the page met ``name`` as a workplace ("a shift at X", "employed by X", "X, one of the largest plants")?"""
    from labourlens.analyse.speaker_roles import company_noun  # noqa: PLC0415 - speaker_roles imports speakers

    n = re.escape(name)
    if re.search(rf"\b(?:shifts?|jobs?|work|worked|works|working|employed|hired|staff|workers|pickers|line)\s+"
                 rf"(?:at|for|by)\s+{n}\b", text):
        return True
    for m in re.finditer(rf"\b{n},\s+(?:one\s+of\s+the|a|an|the)\s+((?:[\w-]+\s+){{0,4}}?[\w-]+?)(?:s|es)?\b[,.]", text):
        if any(company_noun(w) for w in m.group(1).lower().split()):
            return True
    return False


def firm_it_voices(text: str, sources: Sequence[Source]) -> list[Source]:
    """``sources`` with a person-like name that the page meets as a workplace and that says "it" of itself made the
    firm (``organization``)."""
    out: list[Source] = []
    for s in sources:
        wording = (s.wording or "").strip()
        if s.kind == "named_person" and _BARE_NAME.match(wording) and not _TITLE.match(wording) \
                and _speaks_as_it(text, wording) and _met_as_workplace(text, wording):
            s = replace(s, kind="organization")
        out.append(s)
    return out
