"""A person's reported account that runs to the end of its paragraph and is taken up again by the same person at the
start of the next one: "The fee was collected at the hostel in May, Ortega said. Those who refused lost their
shifts. Two cooks left without their deposits." then '"Nobody argued after that," Ortega said.' The plain sentences
between the two are still the speaker's account, not the page's own: the page does not slip its own narration
between two halves of one person's story. Only one person (a named person or an unnamed single source) carries on
so, only from an indirect report with a tag of speech that follows what was said ("..., she said.", not a feature's
"she remembers", nor a "She said that ..." whose scope its own sentence closes), only for at most two sentences
that close the paragraph, and not for sentences that name the page's own evidence or a belief of its own
(:mod:`labourlens.analyse.according_runs`). Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.according_runs import EVIDENCE, PASSIVE_BELIEF, PLURAL, PLURAL_END
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["resumed_accounts"]

_PERSON_KINDS = ("named_person", "anonymous_source")
_MAX_RUN = 2
# a tag of speech ("..., she said."), not a feature's narration of memory or feeling ("..., she remembers, ...")
_SPEECH_CUES = frozenset(("said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "according to"))


# the page's own note on its reporting, never the speaker's account ("The firm did not respond", "could not be verified")
_PAGE_NOTE = re.compile(r"\b(?:did\s+not|didn['\u2019]t|declined|refused|could\s+not|cannot|was\s+unable|were\s+unable)\s+(?:to\s+)?"
                        r"(?:be\s+)?(?:independently\s+)?(?:respond|reply|comment|reached|verified|verify|confirmed|confirm)",
                        re.IGNORECASE)
# the account is about the people it concerns: the workers, the speaker ("he"), a group of them
_PEOPLE = re.compile(r"\b(?:he|she|they|them|his|her|their|workers?|men|women|man|woman|people|crews?|staff|employees|"
                     r"labou?rers|migrants|recruits|families|children|girls|boys|fishermen|maids|cleaners|drivers|"
                     r"nobody|no\s+one|anyone|everyone|those\s+who|some|many|most|several|others?)\b", re.IGNORECASE)


def _single_person(src: Source | None) -> bool:
    if src is None or src.kind not in _PERSON_KINDS:
        return False
    wording = src.wording or ""
    return not PLURAL.match(wording) and not PLURAL_END.search(wording)


def _plain(s: Sentence, a: Any) -> bool:
    return (s.kind == "body" and a.source == OUTLET_KEY and not a.explicit and s.quote is None
            and '"' not in s.text and '\u201c' not in s.text
            and not EVIDENCE.search(s.text) and not PASSIVE_BELIEF.search(s.text)
            and not _PAGE_NOTE.search(s.text) and _PEOPLE.search(s.text) is not None)


def resumed_accounts(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give the plain sentences that close a paragraph after one person's indirect report to that person, when the
    next paragraph opens with the same person speaking (in place)."""
    by_key = {s.key: s for s in sources}
    n = len(sentences)
    i = 0
    while i < n:
        s, a = sentences[i], result[i]
        # the tag follows what was said ("The fee was collected in May, Ortega said."), as in according_runs
        tag_after = a.span is not None and a.span[0] > len(s.text) // 2
        if not (s.kind == "body" and a.explicit and not a.direct and s.quote is None and a.cue in _SPEECH_CUES
                and tag_after and _single_person(by_key.get(a.source))):
            i += 1
            continue
        j = i + 1
        while j < n and sentences[j].paragraph == s.paragraph and _plain(sentences[j], result[j]):
            j += 1
        run = j - (i + 1)
        # the run closes the paragraph, and the next body sentence opens the next paragraph with the same speaker
        if 0 < run <= _MAX_RUN and j < n and sentences[j].paragraph != s.paragraph \
                and sentences[j].kind == "body" and result[j].source == a.source \
                and sentences[j - 1].paragraph == s.paragraph:
            for k in range(i + 1, j):
                result[k] = replace(result[k], source=a.source, cue=a.cue)
        i = max(j, i + 1)
