"""What a character of a worker's story kept saying, inside the worker's own account (used by
:mod:`labourlens.analyse.forum_posts`, the last pass of the attribution).

"The visa is tied to one employer. The supervisor kept saying that if we went anywhere else we would be deported."
The supervisor did not speak to the reporter: the worker tells what was said to them again and again, so the
sentence goes on in the worker's voice. A repeated saying ("kept saying", "kept telling us", "would always say")
told to "us" or "me" is told by someone who heard it; the sentence goes to the person whose account the paragraph
is giving. "The firm has repeatedly said ..." stays the firm's. Examples
here and in the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.gated import gated
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["kept_saying"]

# "The supervisor kept saying that ...", "Our boss kept telling us ...", "the team leader would always say ..."
_KEPT = re.compile(r"^(?:the|our|my|his|her|their)\s+(?:[\w'\u2019-]+\s+){1,3}?"
                   r"(?:(?:kept|keeps)\s+(?:saying|telling\s+(?:us|me|them)|warning\s+(?:us|me|them)|"
                   r"reminding\s+(?:us|me|them))|would\s+always\s+(?:say|tell\s+(?:us|me)|warn\s+(?:us|me)))\b",
                   re.IGNORECASE)
# the narrator is among the people told: "if we went anywhere else", "told us", "my passport"
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|us|[Oo]ur|I|me|[Mm]y)\b")
_GATE = gated(r"(?i)\b(?:kept|keeps|always)\b")
_PERSON = ("anonymous_source", "named_person")


def kept_saying(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give "The supervisor kept saying ..." to the worker whose account the paragraph is giving (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for i, s in enumerate(sentences):
        if i == 0 or not result[i].explicit or _GATE.search(s.text) is None:
            continue
        if _KEPT.match(s.text.lstrip("\"'\u201c ")) is None or _FIRST_PERSON.search(s.text) is None \
                or sentences[i - 1].paragraph != s.paragraph:
            continue
        prev = result[i - 1]
        if prev.source == OUTLET_KEY or prev.source == result[i].source or kinds.get(prev.source) not in _PERSON:
            continue
        result[i] = replace(result[i], source=prev.source, cue="said", direct=False, explicit=False, span=None)
