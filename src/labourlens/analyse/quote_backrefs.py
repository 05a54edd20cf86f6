"""A quotation after a sentence in which a source met before only reacts ('Asked whether the men could leave,
the foreman laughed. "Leave to where? ..."'), used by :mod:`labourlens.analyse.forum_posts` as one of the
last passes of the attribution: the quotation is that source's, found by the head noun of the definite
phrase ("the foreman" -> "An Angolan site foreman") or by the surname ("Okafor shrugged."), never the
source quoted last when that is someone else."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["gesture_quotes"]

_GESTURES = (r"laughed|laughs|shrugged|shrugs|smiled|smiles|sighed|sighs|paused|pauses|nodded|nods|frowned|"
             r"hesitated|hesitates|grinned|grins|winced|shook\s+(?:his|her)\s+head|shakes\s+(?:his|her)\s+head|"
             r"fell\s+silent|looked\s+away|was\s+blunt|was\s+more\s+blunt|did\s+not\s+hesitate")
# "Asked whether ..., the foreman laughed.", "The older welder shrugged.", "Okafor sighed."
_GESTURE_SUBJECT = re.compile(
    rf"^\s*(?:[^,\"]{{0,120}},\s+)?(?:(?:the|The)\s+(?P<np>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)|(?P<name>[A-Z][a-z'\u2019-]+))"
    rf"\s+(?:{_GESTURES})\b[^\"]{{0,60}}$")


_LOWER_WORD = re.compile(r"[a-z][\w'\u2019-]*")


def _owner(sources: Sequence[Source], keys_before: list[str], np: str | None, name: str | None) -> str | None:
    """The key of the latest source met before whose wording holds the phrase's head noun or the surname."""
    word = (np.split()[-1] if np else name or "").lower()
    if not word:
        return None
    by_key = {s.key: s for s in sources}
    for key in reversed(keys_before):
        src = by_key.get(key)
        if src is None or src.kind == "outlet":
            continue
        words = _LOWER_WORD.findall((src.wording or "").lower())
        if word in words:
            return key
    return None


def gesture_quotes(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give the quotations of a paragraph opened by a reacting source ("..., the foreman laughed.") to that
    source, in ``result``, when they are still the outlet's or the last speaker's by default."""
    for first, s in enumerate(sentences):
        if s.kind != "body" or s.quote is not None or (first > 0 and sentences[first - 1].paragraph == s.paragraph):
            continue
        g = _GESTURE_SUBJECT.match(s.text) if "\"" not in s.text else None
        if g is None:
            continue
        keys_before = [a.source for a in result[:first] if a.source != OUTLET_KEY]
        key = _owner(sources, keys_before, g.group("np"), g.group("name"))
        if key is None:
            continue
        for j in range(first + 1, len(sentences)):
            if sentences[j].paragraph != s.paragraph or sentences[j].quote is None:
                break
            if result[j].explicit and result[j].source != OUTLET_KEY:
                break  # the quotation names its own speaker
            result[j] = type(result[j])(key, "said", True, False)
