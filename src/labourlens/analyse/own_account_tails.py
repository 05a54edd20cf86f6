"""Two plain sentences that carry on one person's report in the same paragraph, for
:func:`labourlens.analyse.forum_posts.final_sources` (examples are invented):

- what the speaker described, named by the sentence as such: "She said the cook kept the passports. The penalty she
  described was a day's pay docked." The sentence says whose account it gives ("she described", "he recalled",
  "she mentioned"), and the report right before it speaks of no one of the other sex;
- the speaker's own thing, set against what was just reported: "The driver said no one had taken his licence. His
  passport, however, stayed with the dispatcher." A sentence that closes the paragraph, opens with the speaker's
  possessive ("His", "Her", where the report before it speaks of no one of the other sex) and turns or adds with
  "however", "though", "also" or "too" goes on with the same person's account.

Only one person (a named person or an unnamed single source), only the sentence right after that person's report, and
only a sentence the page had left in its own voice."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.according_runs import PLURAL, PLURAL_END
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["own_account_tails"]

_PERSON_KINDS = ("named_person", "anonymous_source")
# "The penalty she described was ...", "The worst thing he recalled was ...", "What she mentioned was ..."
_DESCRIBED = re.compile(r"^\W{0,2}(?:The|What)\s+(?:[a-z-]+\s+){0,3}?(?P<p>he|she)\s+(?:described|recalled|remembered|"
                        r"mentioned|spoke\s+of|told\s+of|talked\s+about)\b")
# "His passport, however, was ...", "Her wages, too, were ...", "His pay also went ..."
_OWN_THING = re.compile(r"^\W{0,2}(?P<p>His|Her)\s+(?:[a-z-]+[\s,]+){1,3}?(?:however|though|also|too)\b")
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_FORMS = {"he": ("he", "his"), "she": ("she", "her")}


def _single_person(src: Source | None) -> bool:
    if src is None or src.kind not in _PERSON_KINDS:
        return False
    wording = src.wording or ""
    return not PLURAL.match(wording) and not PLURAL_END.search(wording)


def _pronoun(text: str) -> str:
    """ "he" or "she" when the report speaks of one sex only ("..., he said", "his passport"), else ""."""
    male, female = _MALE.search(text) is not None, _FEMALE.search(text) is not None
    return "he" if male and not female else "she" if female and not male else ""


def own_account_tails(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give the plain sentence after one person's report that names what that person described, or opens on that
    person's own thing set against the report, to that person (in place)."""
    by_key = {s.key: s for s in sources}
    for j in range(1, len(sentences)):
        s, a = sentences[j], result[j]
        prev, pa = sentences[j - 1], result[j - 1]
        if s.kind != "body" or a.source != OUTLET_KEY or a.explicit or prev.kind != "body" \
                or prev.paragraph != s.paragraph or not pa.explicit or not _single_person(by_key.get(pa.source)):
            continue
        m = _DESCRIBED.match(s.text)
        closes = j + 1 >= len(sentences) or sentences[j + 1].paragraph != s.paragraph
        if m is None and closes:
            m = _OWN_THING.match(s.text)
        # (the report's own pronouns may not speak of another sex: "she said ... The penalty he described ...")
        expected = _pronoun(prev.text)
        if m is None or expected and m["p"].lower() not in _FORMS[expected]:
            continue
        result[j] = replace(a, source=pa.source, cue=pa.cue)
