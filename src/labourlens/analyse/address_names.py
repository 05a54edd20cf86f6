"""The employer called by the worker's word of address, inside her own account (a pass of
:mod:`labourlens.analyse.forum_posts`, the last passes of the attribution).

A domestic worker telling her story calls her employers as she addresses them: "Sir said if I ask again he will
send me back", "Madam told me I am lazy". The capitalised word reads as a name, but the employer did not speak to the
page: the worker tells what was said to her, so a sentence whose speaker is such a word (``address_terms`` in
``knowledge/speaker_roles.yaml``) and that speaks of the narrator ("I", "me", "my", "we", "us") goes on in the voice
of the sentence before it, and so does a "he" or "she" right after it that goes back to the same word. A title
before a name ("Sir Alan Moss") is no word of address. Examples here and in the tests are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.model import Sentence, Source

__all__ = ["address_names"]

_FIRST_PERSON = re.compile(r"\b(?:I|me|my|[Ww]e|us|[Oo]ur)\b")
_PRONOUNS = frozenset(("he", "she"))


@lru_cache(maxsize=1)
def _terms() -> frozenset[str]:
    return frozenset(str(w).lower() for w in knowledge.load("speaker_roles.yaml").get("address_terms") or [])


def address_names(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give "Sir said if I ..." to the narrator's voice before it (in place; see the module docstring)."""
    terms = _terms()
    keys = {s.key for s in sources if s.kind == "named_person" and (s.wording or "").strip().lower() in terms}
    if not keys:
        return
    moved: dict[str, tuple[int, Any]] = {}  # the address word's key -> (sentence, the narrator's attribution)
    for i, s in enumerate(sentences):
        att = result[i]
        if i == 0 or att.source not in keys:
            continue
        span = s.text[att.span[0]:att.span[1]].strip().lower() if att.span else ""
        if span in terms and _FIRST_PERSON.search(s.text, att.span[1] if att.span else 0):
            prev = result[i - 1]
            if prev.source in keys:
                continue
            result[i] = replace(att, source=prev.source, cue=prev.cue, direct=False, explicit=False, span=None)
            moved[att.source] = (i, result[i])
        elif span in _PRONOUNS and att.source in moved and moved[att.source][0] == i - 1 \
                and sentences[i - 1].paragraph == s.paragraph:
            result[i] = replace(moved[att.source][1])
            moved[att.source] = (i, result[i])
