"""People a report says it interviewed, counted, then heard as a whole: "The Forum interviewed three former workers
now living in Almaty. All three stated that ...": "All three" (or "Both", "The three", "Each of the three") is the
counted group met in the sentence before, worded as it was introduced ("three former workers"), one source for
all their sentences, not the report's own voice nor a group of its own. Examples are invented."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import Mention

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["counted_interviewees"]

_COUNTS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_COUNT = rf"(?:{'|'.join(_COUNTS)}|\d{{1,2}})"
_MET = re.compile(
    rf"\b(?:interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|met(?:\s+with)?)\s+(?P<np>(?P<n>{_COUNT})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:workers|labou?rers|men|women|migrants|builders|welders|fishermen|seafarers|cleaners|"
    r"employees|people|survivors|returnees))\b", re.IGNORECASE)
_ALL = re.compile(rf"^(?:all|the|each\s+of\s+the)\s+(?P<n>{_COUNT})\s+(?:of\s+them\s+)?(?:stated|said|described|"
                  r"told|reported|explained|recounted|added|confirmed)\b|^both\s+(?:of\s+them\s+)?(?:stated|said|"
                  r"described|told|reported|explained|recounted|added|confirmed)\b", re.IGNORECASE)


def counted_interviewees(sentences: list[Sentence], result: list[Any], reg: Registry) -> None:
    """Give "All three stated ..." to the three people met just before (see the module doc), in place."""
    done: set[int] = set()
    for i, s in enumerate(sentences):
        if s.kind != "body" or i in done or (m := _ALL.match(s.text)) is None:
            continue
        n = (m.group("n") or "two").lower()
        for j in range(i - 1, max(-1, i - 3), -1):
            if sentences[j].paragraph != s.paragraph:
                break
            met = _MET.search(sentences[j].text)
            if met is None or met.group("n").lower() != n:
                continue
            src = reg.resolve(Mention(met.group("np"), met.start("np"), met.end("np"), "said"), sentences[j].start, "")
            result[i] = replace(result[i], source=src.key, cue="said", explicit=True, span=(0, m.end("n") if m.group("n")
                                                                                            else len("both")))
            for k in range(i + 1, len(sentences)):  # "All three described ...": the same group again
                if sentences[k].paragraph != s.paragraph or _ALL.match(sentences[k].text) is None:
                    break
                result[k] = replace(result[k], source=src.key, cue="said", explicit=True)
                done.add(k)
            break
