"""A part of a counted group that speaks with the whole in front ("Of the 23, five said they had been recruited as
drivers"): the five are a group of their own, worded "Of the 23, five", not a group met before ("Several said ...").
Used by :func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["fronted_partitives"]

_NUM = r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
_FRONTED = re.compile(rf"^\W{{0,3}}(?P<np>Of\s+(?:the|those|these)\s+{_NUM}(?:\s+[a-z]+)?,\s+(?:{_NUM}|most|half|a\s+third|"
                      r"a\s+quarter|several|few|many|some|none|all|only\s+\w+))\s+(?:said|say|says|told|reported|described|"
                      r"complained)\b", re.IGNORECASE)


def fronted_partitives(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give "Of the 23, five said ..." to the part it names (in place)."""
    for i, s in enumerate(sentences):
        if not s.text.lstrip("\"\u201c '").startswith(("Of ", "of ")):
            continue
        m = _FRONTED.match(s.text)
        if m is None:
            continue
        np = m.group("np")
        src = reg.resolve(Mention(np, m.start("np"), m.end("np"), "said", False), s.start,
                          text[max(0, s.start - 600):s.start])
        result[i] = replace(result[i], source=src.key, cue="said", direct=False, explicit=True,
                            span=(m.start("np"), m.end("np")))
