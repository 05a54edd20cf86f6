"""People who share a room are no speakers, a pass of :mod:`labourlens.analyse.forum_posts` (the last passes of
the attribution).

"shared" is a verb of telling ("She shared her story with us", "Workers shared that they were beaten"), but
"In one hostel, 24 men shared a room of 30 square metres" and "They share one toilet" describe how people live:
the sentence is the page's own, not the men's. The living spaces and
things are data (``shared_spaces`` in ``verb_objects.yaml``). Examples here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence

__all__ = ["shared_spaces"]


@lru_cache(maxsize=1)
def _shared_re() -> re.Pattern[str]:
    data = knowledge.load("verb_objects.yaml") or {}
    nouns = sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in data.get("shared_spaces") or []), key=len,
                   reverse=True)
    # "shared a room", "share one toilet", "shared two bunk beds", "shared the same cabin", "shared their tiny room";
    # with a word before the noun (not "at a shared flat": an adjective)
    return re.compile(r"\s*(?:shared|shares|share)\s+(?:(?:a|an|one|the|their|his|her|our|this|that|two|three|four|"
                      r"five|six|\d{1,3})\s+)(?:(?:same|single|small|tiny|cramped|narrow|shared|windowless|"
                      r"common|communal|concrete|metal|wooden|\d{1,3}-(?:bed|person|man))\s+){0,2}"
                      rf"(?:{'|'.join(nouns) or '(?!)'})\b", re.IGNORECASE)


def shared_spaces(sentences: Sequence[Sentence], result: list[Any]) -> None:
    """Give a sentence whose speaker only "shared a room" back to the page's voice (in place)."""
    for i, s in enumerate(sentences):
        a = result[i]
        if not a.explicit or a.cue != "share" or a.span is None or "shar" not in s.text:
            continue
        if _shared_re().match(s.text, a.span[1]):
            result[i] = replace(a, source=OUTLET_KEY, cue=None, direct=False, explicit=False, span=None)
