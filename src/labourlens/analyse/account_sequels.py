"""Plain sentences that carry on a person's indirect account in its paragraph (used by
:mod:`labourlens.analyse.attribution`): "Kwon said those who missed it were criticised. He kept about $300 a
month." and, about the people the account was on, "Ortiz said the foreman had promised them bonuses. They slept
in a tent behind the store." or "Each earns ..." (one teller: after a group that spoke, "They ..." is left
apart). A sentence the page hedges in its own voice ("They reportedly
...") stays the page's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse.mentions import transcript_label
from labourlens.model import Sentence

__all__ = ["account_sequel"]

_PERSON_SEQUEL = re.compile(r"^\s*(?:(?:What|All|Then|But|And|Later|Soon|So|Instead|(?:In|At)\s+[A-Z][a-z]+)\s+(?:he|she)|He|She)\s+"
                            r"(?!said|says|told|added|adds)[a-z]+")
# "They slept ...", "They are paid ...", "Each receives ...", "Each kept ..." (not "Each worker's pay ...")
_GROUP_SEQUEL = re.compile(
    r"^\s*(?:They\s+(?!said\b|say\b|says\b|told\b|tell\b|added\b|add\b|described\b|describe\b|claimed\b|claim\b|"
    r"alleged\b|allege\b|insisted\b|insist\b|denied\b|deny\b)[a-z]+\b(?!')"
    r"|Each\s+(?:of\s+them\s+)?[a-z]+\b(?!'))")
_PAGE_HEDGE = re.compile(r"\b(?:reportedly|allegedly|apparently|(?:is|are|was|were)\s+said\s+to)\b", re.IGNORECASE)
_TELLERS = frozenset({"anonymous_source", "named_person"})


def account_sequel(sentences: Sequence[Sentence], i: int, kind: str | None, person: bool) -> bool:
    """Does sentence ``i`` go on with the account of the source just heard (of ``kind``; ``person``: one person)?
    The group a single teller spoke about, not a group that spoke ("The crews said ... They were promised ..." stays
    apart), nor inside a transcript turn, whose speaker tells on ("REPORTER: Neighbours say ... They leave at dawn.")."""
    text = sentences[i].text
    if _PERSON_SEQUEL.match(text):
        return person
    if not person or kind not in _TELLERS or _GROUP_SEQUEL.match(text) is None or _PAGE_HEDGE.search(text) is not None:
        return False
    first = i
    while first > 0 and sentences[first - 1].paragraph == sentences[i].paragraph:
        first -= 1
    return ":" not in sentences[first].text[:60] or transcript_label(sentences[first].text) is None
