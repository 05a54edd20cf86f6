"""A letter's or an email's vocative before its speaker, a pass of :mod:`labourlens.analyse.forum_posts` (the last
passes of the attribution).

"Mr Tan, the auditor says the workers told her ..." addresses Mr Tan and reports what the auditor says: with no
comma after "the auditor" it is no apposition ("Mr Tan, the auditor, says" would make him the auditor). The speaker
is the phrase after the vocative, a back-reference to the auditor met before if there is one. Examples here and in
the tests are invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["CHAIR_VOCATIVE", "vocatives"]

# (s46) a hearing turn's label, perhaps, and the member's address to the chair before a speaker in small letters
# ("Ms X: Hon. Speaker, the same constituent says ..."): read by :mod:`labourlens.analyse.mentions`, which starts the
# speaker after it
CHAIR_VOCATIVE = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,5}(?:\s+\([^)\n]{1,60}\))?:\s+)?"
                            r"(?:(?:Hon\.?|Honourable|Mr\.?|Madam|Madame|Mister)\s+)?(?:Deputy\s+)?"
                            r"(?:Speaker|Chair|Chairman|Chairperson|Chairwoman)\s*,\s+(?=(?:the|a|an|my|our|one)\s+[a-z])")
# "Mr Tan, the auditor", "Dear Ms Ruiz, our inspector", "Dr Lee, your agent"
_VOCATIVE = re.compile(r"^(?:(?:Dear|Hi|Hello)\s+)?(?:Mr|Mrs|Ms|Miss|Dr|Sir|Madam)\.?(?:\s+[A-Z][\w'\u2019-]+){0,2},\s+"
                       r"(?P<np>(?:the|our|your|my|their)\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})$")
# the verb straight after the phrase, with no comma closing an apposition
_VERB_NEXT = re.compile(r"\s+(?:also\s+)?[a-z]+s?\b")


def vocatives(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give a sentence opened by a vocative to the speaker named after it (in place)."""
    if "," not in text:
        return
    wordings = {s.key: s.wording or "" for s in reg.sources()}
    for i, s in enumerate(sentences):
        a = result[i]
        if not a.explicit or a.source == OUTLET_KEY or a.span is None:
            continue
        wording = wordings.get(a.source, "")
        if not wording[:1].isupper() or "," not in wording:
            continue
        m = _VOCATIVE.match(wording)
        start, end = a.span
        if m is None or start > 3 or s.text[start:end] != wording or not _VERB_NEXT.match(s.text, end):
            continue
        at, head = start + m.start("np"), m.group("np").split()[-1]
        # the one met before under that noun ("Our auditor tells me ..."), else a new source
        met = [src for src in reg.sources() if src.key != a.source and src.spans and min(src.spans)[0] < s.start
               and (src.wording or "").lower().split()[-1:] == [head]]
        np = m.group("np")
        key = max(met, key=lambda src: min(src.spans)[0]).key if met else reg._new(
            Mention(np, at, end, a.cue, a.direct), np, classify(np) or "anonymous_source", None, s.start).key
        result[i] = replace(a, source=key, span=(at, end))
