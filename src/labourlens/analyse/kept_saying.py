"""What a character of a worker's story kept saying, inside the worker's own account (used by
:mod:`labourlens.analyse.forum_posts`, the last pass of the attribution).

"The visa is tied to one employer. The supervisor kept saying that if we went anywhere else we would be deported."
The supervisor did not speak to the reporter: the worker tells what was said to them again and again, so the
sentence goes on in the worker's voice. A repeated saying ("kept saying", "kept telling us", "would always say")
told to "us" or "me" is told by someone who heard it; the sentence goes to the person whose account the paragraph
is giving. "The firm has repeatedly said ..." stays the firm's. (s42) So does a threat told to the narrator in
indirect speech ("He also said if I post again I can go home"): "I" and "we" in reported words are the narrator's. Examples
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
# (s42) a threat told to the narrator in indirect speech: "He also said if I post again I can go home", "The foreman
# told us that if we spoke to the union we would lose our beds": "I" and "we" in reported words are the narrator's, so
# the sentence goes on in the narrator's voice
_IF_THREAT = re.compile(r"^(?:He|She|They|(?:The|Our|My)\s+(?:[a-z-]+\s+)?(?:supervisor|boss|foreman|manager|agent|recruiter|"
                        r"driver|owner|farmer|employer|gangmaster|landlord|broker|coordinator|team\s+leader))\s+"
                        r"(?:also\s+|then\s+|later\s+)?(?:said|says|told\s+(?:me|us)|tells\s+(?:me|us)|warned(?:\s+(?:me|us))?)"
                        r"\s+(?:that\s+)?if\s+(?:I|we)\b[^\"\u201c\u201d]*$")


def kept_saying(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give "The supervisor kept saying ..." to the worker whose account the paragraph is giving (in place)."""
    kinds = {s.key: s.kind for s in sources}
    for i, s in enumerate(sentences):
        if i == 0 or not result[i].explicit:
            continue
        threat = " if " in s.text and _IF_THREAT.match(s.text) is not None
        if not threat and (_GATE.search(s.text) is None or _KEPT.match(s.text.lstrip("\"'\u201c ")) is None
                           or _FIRST_PERSON.search(s.text) is None) or sentences[i - 1].paragraph != s.paragraph:
            continue
        j = i - 1
        while threat and j > 0 and result[j].source == result[i].source and sentences[j - 1].paragraph == s.paragraph:
            j -= 1  # "Supervisor said it was a mistake. He also said if I ...": the narrator before both
        prev = result[j]
        if prev.source == OUTLET_KEY or prev.source == result[i].source or kinds.get(prev.source) not in _PERSON:
            continue
        result[i] = replace(result[i], source=prev.source, cue="said", direct=False, explicit=False, span=None)
