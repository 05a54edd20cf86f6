"""A story quoted whole by another page (used by :mod:`labourlens.analyse.forum_posts`, the last pass of the
attribution).

A blog that translates an outlet's item, or an aggregator that copies one, often sets the item off as a
quotation after a line ending with a colon ("My translation, slightly shortened:", "The agency's item
reads:"). Inside that quotation the original's sources still speak ("A source in Hunchun said ...", "The
source said ..."): those sentences are theirs, not the quoting page's, and a plain sentence after one of
them in the passage goes on with that account. Sentences before the first attribution stay as they are
(the original outlet's own voice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["relayed_passages", "passage_blocks", "first_person_passage"]

_INTRO_COLON = re.compile(r":\s*$")
# the writers speaking of themselves ("we were told", "our wages", "I paid"): outside any quotation nested in the passage
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
_NESTED = re.compile(r"'[^']{2,200}'|\u2018[^\u2019]{2,200}\u2019")
_MIN_SENTENCES = 3


def passage_blocks(sentences: Sequence[Sentence]) -> list[list[int]]:
    """Indices of the sentences of each quoted passage that opens a paragraph right after a paragraph
    ending with a colon and runs over at least three sentences."""
    blocks: list[list[int]] = []
    for j, s in enumerate(sentences):
        if s.quote is None or j == 0 or sentences[j - 1].paragraph == s.paragraph or sentences[j - 1].quote == s.quote:
            continue
        if not s.text.lstrip().startswith(('"', "\u201c")) or not _INTRO_COLON.search(sentences[j - 1].text):
            continue
        block = [k for k in range(j, len(sentences)) if sentences[k].quote == s.quote]
        if len(block) >= _MIN_SENTENCES:
            blocks.append(block)
    return blocks


def relayed_passages(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of a quoted passage to the sources it names (in place; see the module docstring)."""
    from labourlens.analyse.mentions import find_mention  # mentions imports the attribution helpers

    moved: dict[str, str] = {}
    for block in passage_blocks(sentences):
        if first_person_passage([sentences[k].text for k in block]):
            continue  # a letter or petition quoted whole: its writers' own account, the papers they cite inside it theirs
        speaker: Any = None
        for k in block:
            s = sentences[k]
            m = find_mention(s.text)
            if m is not None and m.wording.lower() not in ("i", "we", "they") and classify(m.wording) is not None:
                known = {e.source.key for e in reg.entries}
                src = reg.resolve(m, s.start, text[max(0, s.start - 600):s.start])
                if src.key not in known and (old := _take_over(result, reg, src.key, sentences[block[0]].start)):
                    moved[old] = src.key
                speaker = replace(result[k], source=moved.get(src.key, src.key), cue=m.cue, direct=False, explicit=True,
                                  span=(m.start, m.end))
                result[k] = speaker
            elif speaker is not None and result[k].source == OUTLET_KEY or speaker is not None and not result[k].explicit:
                result[k] = replace(speaker, explicit=False, span=None)


def _take_over(result: list[Any], reg: Registry, key: str, since: int) -> str | None:
    """ "The source said ..." was read in or after the passage before the passage's own "A source in
    Hunchun said" was: one source, under its fuller wording (``key``), when the bare one is the only
    unnamed source of that head met since the passage began."""
    new = next(e for e in reg.entries if e.source.key == key)
    if new.source.kind != "anonymous_source" or new.plural:
        return None
    bare = [e for e in reg.entries if e.source.key != key and e.source.kind == "anonymous_source" and not e.plural
            and e.head == new.head and e.norm == e.head and e.source.spans and min(e.source.spans)[0] >= since]
    if len(bare) != 1:
        return None
    old = bare[0].source.key
    for k, att in enumerate(result):
        if att.source == old:
            result[k] = replace(att, source=key)
    return old


def first_person_passage(texts: Sequence[str]) -> bool:
    """Do the writers of a quoted passage speak of themselves in at least half of its sentences (a letter, a
    petition, a testimony; not a news item copied whole, which tells of others)?"""
    own = sum(1 for t in texts if _FIRST_PERSON.search(_NESTED.sub(" ", t.replace("\u2019s", " s").replace("'s", " s"))))
    return own * 2 >= len(texts)
