"""A sourced account that runs on past its "according to": "The workers ... take freelance orders from clients
abroad, according to the source. They live four to a flat, and no one may leave the flat alone." The next
sentence of the paragraph goes on about the same people ("They", "He", "She" opening it) with no speaker of its
own: it is still the unnamed source's account, not the page's. Only a person or group of people (an unnamed
source) carries on so, and only for sentences that follow without a break in the paragraph.

The same holds after a tag that ends the sentence ("..., the source added. Trips into town are allowed once a
month."): one unnamed person's account runs on into the next sentence of the paragraph whatever it opens with,
unless it is a quotation or names the page's own evidence (a ledger, court files, records); a group's ("two
accountants said") may be followed by the page's own summary of them, so only "They"/"He"/"She" carry it on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["according_runs", "EVIDENCE", "PASSIVE_BELIEF", "PLURAL", "PLURAL_END"]

_PRONOUN_OPENING = re.compile(r"^\s*(?:They|He|She)\s+(?!said|says|told|added|say)[a-z]")
_CUES = frozenset(("according to", "said", "add", "told"))
_VERB_TAIL = re.compile(r"^\s*(?:said|added|told\s+[^.,]{1,40}?)(?:\s+(?:on|last|this)\s+\w+)?")
# a group of people ("two accountants", "the drivers", "16 of the 19 former workers"): what follows their tag may be
# the page's own summary of them; only one person's account runs on
PLURAL = re.compile(r"^(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many|most|dozens|"
                     r"hundreds|all|both)\b", re.IGNORECASE)
PLURAL_END = re.compile(r"^(?:the|these|those)\s+(?:[\w-]+\s+){0,3}[\w-]+[^s\W]s$", re.IGNORECASE)
# the page's own evidence, not the source's account ("a ledger that appears to show", "recorded in court files")
EVIDENCE = re.compile(r"\b(?:ledgers?|files?|records?|recorded|documents?|photographs?|photos?|payslips?|pay\s+slips?|"
                       r"interviewees|court|obtained|seen\s+by|reviewed|themselves|(?:has|have|had)\s+since|since\s+then|"
                       r"(?:has|have|had)\s+(?:not\s+)?(?:yet\s+)?(?:responded|replied|commented))\b", re.IGNORECASE)
# a sentence with a reporting verb of its own has its own speaker, found or left open on purpose ("The partner, who met
# three of the men, said ..." after two partners)
_OWN_TAG = re.compile(r"\b(?:said|says|told|tells|added|adds|according\s+to|reported|recalled|claimed)\b")
# the page's own hedged summary of what is believed about the people ("The men are thought to owe the broker a year's
# pay."): an impersonal passive of belief, no longer the source's account
PASSIVE_BELIEF = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+|now\s+)?(?:believed|thought|understood|presumed)\s+to\b")
# (and the page's own update since: "The company has since closed.")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s*$")


def according_runs(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Carry a sentence-final "according to" an unnamed source over the pronoun sentences after it (in place)."""
    kinds = {s.key: s.kind for s in sources}
    single = {s.key for s in sources if not PLURAL.match(s.wording or "") and not PLURAL_END.search(s.wording or "")}
    for i in range(1, len(sentences)):
        s, prev, a = sentences[i], sentences[i - 1], result[i - 1]
        if result[i].source != OUTLET_KEY or result[i].explicit or s.kind != "body" or prev.paragraph != s.paragraph:
            continue
        if a.cue not in _CUES or kinds.get(a.source) != "anonymous_source" or a.span is None:
            continue
        tail = prev.text[a.span[1]:]
        if a.cue != "according to":  # "..., the source added." : the tag ends the sentence before
            tail = _VERB_TAIL.sub("", tail, count=1)
        if not _SENTENCE_END.fullmatch(tail) or not (_PRONOUN_OPENING.match(s.text) or a.cue != "according to"
                                                     and a.source in single and not s.quote and not EVIDENCE.search(s.text)
                                                     and not _OWN_TAG.search(s.text) and not PASSIVE_BELIEF.search(s.text)):
            continue  # the source is cited at the end of the sentence before, and the people go on as "they"
        result[i] = replace(result[i], source=a.source, cue=a.cue)
