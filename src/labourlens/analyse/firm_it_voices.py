"""A firm named like a person that speaks of itself as "it" (extractor ``firm_it_voices.v1``), a last pass of the
attribution (:func:`labourlens.analyse.forum_posts.final_sources`).

A two-word firm name with no legal form ("Serra Nova", "Granja Alta") reads to the classifier as a person's name.
When the page has met it as a workplace ("a shift at Granja Alta", "workers employed by Serra Nova", "Granja Alta, one
of the biggest packers in the district") and it then speaks of itself as "it" ("Granja Alta said it had ...", "Serra
Nova says it pays ..."), it is the firm: an ``organization`` (main README: companies speak as ``organization``). A
person's name met only as a person, or one that never says "it" of itself, keeps its kind. The same holds for a name
that says "it" of itself and speaks in that sentence of what only a firm has ("Kestrel Home said it did not believe
the mill was among its suppliers"), and for a name the page also prints with a legal form ("Vargas Norte, an
importer" after "Vargas Norte Trading LLC"): the firm. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from labourlens.analyse.legal_forms import alternation
from labourlens.analyse.name_search import followed
from labourlens.model import Source

__all__ = ["EXTRACTOR", "firm_it_voices"]

EXTRACTOR = "firm_it_voices.v1"

# a bare name of two to four capitalised words, no title
_BARE_NAME = re.compile(r"^[A-Z][\w'\u2019&-]+(?:\s+[A-Z][\w'\u2019&-]+){1,3}$")
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\b")


_IT_AFTER = re.compile(r"\s+(?:said|says|stated|states|told\s+\w+|added|insisted|insists)\s+"
                       r"(?:(?:in|on|by)\s+(?:a|an|its)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:that\s+)?it\s+(?:had|has|was|is|would|will|"
                       r"did|does|could|can|paid|pays|never|always|took|takes|complied|complies|follows|followed|"
                       r"rejected|rejects|denied|denies|\"|\u201c)")
_BOUNDARY = re.compile(r"\b")


def _speaks_as_it(text: str, name: str) -> bool:
    """Does ``name`` say "it" of itself ("X said it had", "X says that it pays", "X stated in its reply that it")?"""
    return followed(text, name, _IT_AFTER, _BOUNDARY)


# what a firm has and a person does not: its suppliers, its supply chain, its members' farms, its stores
_FIRM_THINGS = (r"(?:own\s+)?(?:suppliers?|supply\s+chains?|sourcing|factories|factory|members|member\s+\w+|products?|"
                r"stores|shops|brands?|customers|buyers|contractors|subcontractors|vendors|mills|plants|sites|"
                r"code\s+of\s+conduct|audits?|auditors|shareholders|board|subsidiar(?:y|ies)|workforce)")
_LEAD_NAME = re.compile(r"^[^,]+")


_FIRM_THINGS_AFTER = re.compile(rf"\s+(?:said|says|stated|states|told\s+\w+|added|insisted|insists)\s+(?:that\s+)?it\b"
                                rf"[^.\n]{{0,200}}?\bits\s+{_FIRM_THINGS}\b")
_WORD_START = re.compile(r"(?<![\w-])")


@lru_cache(maxsize=1)
def _legal_form_after() -> re.Pattern[str]:
    return re.compile(rf"(?:\s+[A-Z][\w&'\u2019-]*){{0,3}},?\s+{alternation()}(?![\w-])")


def _speaks_of_firm_things(text: str, name: str) -> bool:
    """Does ``name``, in the sentence where it says "it" of itself, speak of its suppliers, its stores, its
    members ("X said it has no reason to think the dye house supplies it")?"""
    return followed(text, name, _FIRM_THINGS_AFTER, _WORD_START)


def _printed_with_legal_form(text: str, name: str) -> bool:
    """Does the page print ``name`` as the start of a firm's name with a legal form ("Vargas Norte Trading LLC")?"""
    return followed(text, name, _legal_form_after(), _WORD_START)


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
        name = m.group(0).strip() if (m := _LEAD_NAME.match(wording)) is not None else ""
        if s.kind == "named_person" and _BARE_NAME.match(name) and not _TITLE.match(name) and (
                _speaks_as_it(text, name) and (_met_as_workplace(text, name) or _speaks_of_firm_things(text, name))
                or _printed_with_legal_form(text, name)):
            s = replace(s, kind="organization")
        out.append(s)
    return out
