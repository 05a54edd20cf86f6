"""Words a person gives through someone or something of their own (used by :mod:`labourlens.analyse.forum_posts`,
the last pass of the attribution).

- "The farmer rejected every count. Via her attorney, she insisted the pickers came and went freely.": the pronoun is the person
  the sentence before named, the lawyer only carries the words (the set's README and the main README: the
  employer speaking through a lawyer keeps the employer as speaker);
- '... described how the men were threatened. "We were told to keep quiet," her statement reads.': a statement,
  letter or testimony owned by a pronoun is the words of the person the sentence before gave the floor to.

Only the person who spoke in the sentence just before, in the same or the previous paragraph, is taken. Examples
here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.source_merges import merge_into
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["carried_words", "owned_statements"]

_THROUGH = re.compile(r"^(?:Through|Via)\s+(?P<pos>his|her|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                      r"(?:lawyers?|attorneys?|counsel|advocates?|solicitors?|representatives?|spokes(?:man|woman|person)|"
                      r"interpreters?|translators?|agents?|sons?|daughters?|relatives?|wife|husband|brother|sister)\s*,\s*"
                      r"(?P<pro>he|she|they|it)\s+(?:also\s+)?(?:said|told|argued|insisted|maintained|claimed|stated|"
                      r"denied|replied|responded|added)\b")
_AGREE = {"his": "he", "her": "she", "their": "they", "its": "it"}
# '"...," his statement reads.' / 'her written testimony said'
_OWNED = re.compile(r"^(?P<pos>his|her|their)\s+(?:written\s+|signed\s+|own\s+)?(?:statement|testimony|letter|complaint|"
                    r"deposition|affidavit|account|declaration)s?$", re.IGNORECASE)
_PERSON = frozenset({"anonymous_source", "named_person"})
_SPEAKERS = _PERSON | {"organization", "official"}


def _previous(sentences: Sequence[Sentence], result: list[Any], i: int) -> str | None:
    if i == 0 or sentences[i].paragraph - sentences[i - 1].paragraph > 1:
        return None
    prev = result[i - 1]
    return None if prev.source == OUTLET_KEY or not prev.explicit else str(prev.source)


def carried_words(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give "Via her attorney, she insisted ..." to the person of the sentence before (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for i, s in enumerate(sentences):
        m = _THROUGH.match(s.text.lstrip("\"'\u201c "))
        if m is None or _AGREE[m.group("pos").lower()] != m.group("pro").lower():
            continue
        prev = _previous(sentences, result, i)
        if prev is None or prev == result[i].source or kinds.get(prev) not in _SPEAKERS:
            continue
        result[i] = replace(result[i], source=prev, cue=m.group(0).split()[-1], explicit=True)


def owned_statements(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> list[Source]:
    """``sources`` with "his statement" that tags a quotation folded into the person who had the floor in the
    sentence before (``result`` rewritten in place)."""
    owned = {s.key: s for s in sources if s.kind == "document" and _OWNED.match((s.wording or "").strip())}
    if not owned:
        return list(sources)
    by_key = {s.key: s for s in sources}
    merged: dict[str, Source] = {}
    for i, att in enumerate(result):
        if att.source not in owned or att.source in merged or not att.direct:
            continue  # only the quotation tagged with it ('"...," her statement reads'), not "according to their testimony"
        prev = _previous(sentences, result, i)
        if prev is not None and prev in by_key and by_key[prev].kind in _PERSON:
            merged[att.source] = by_key[prev]
    return merge_into(sources, result, merged)
