"""The tallies of a document's own sample: "The study draws on a survey of 340 cane cutters in two provinces. Two
thirds of them reported owing the labour contractor money. Forty-one said the contractor kept their cards." Once the
page has said that a report, survey or study it cites rests on interviews with (or a survey of) a counted group, a
later sentence that opens by counting members of that group ("Two thirds of them said", "Almost half said",
"Forty-one said") gives the document's findings: the document speaks, not an unnamed group of that size and not the
page. A sample the page drew itself ("our researchers interviewed 31 men", "told us", "This report draws on ...")
is no cited document's. Counts by vague words ("Many workers said") stay with whoever the other rules found, and a
new sample (a group the page met itself, another document's basis) ends the run. Used by
:func:`labourlens.analyse.forum_posts.final_sources`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.finding_tallies import NUM
from labourlens.analyse.gated import gated
from labourlens.analyse.introductions import group_introduction
from labourlens.model import Sentence, Source

__all__ = ["sample_tallies"]

# "rests on testimony from 75 porters", "drew on a survey of 1,200 households", "surveyed 90 fishers"
_BASIS = gated(  # (gated: most sentences hold none of its verbs, and the case-blind scan tries every character)
    r"\b(?:(?:is|was|are|were)\s+based|draws?|drew|relies|relied|rests?|rested)\s+on\s+(?:(?:in-depth|structured|"
    r"telephone|face-to-face)\s+)?(?:interviews|a\s+survey|surveys|testimon(?:y|ies)|conversations)\s+(?:with|of|from)\s+"
    r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?\d[\d,]*\s+[a-z]"
    r"|\b(?:interviewed|surveyed|questioned|polled)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?"
    r"\d[\d,]*\s+[a-z]", re.IGNORECASE)
_SHARE = (rf"(?:{NUM}|half|a\s+third|a\s+quarter|a\s+fifth|one\s+in\s+{NUM}|(?:two|three|four)[\s-](?:thirds|quarters|"
          rf"fifths)|(?:\d{{1,3}}|{NUM})\s*(?:%|per\s*cent|percent))")  # (s41) or a share in words: "Twelve percent said"
# "One in five of those said", "Nearly a third reported", "Thirteen told", "48 of the 75 described"
_TALLY = re.compile(
    rf"^\W{{0,2}}(?:(?:almost|nearly|about|around|roughly|over|more\s+than|fewer\s+than|less\s+than|just\s+over|just\s+"
    rf"under|only)\s+)?{_SHARE}(?:\s+of\s+(?:them|those|the(?:\s+{NUM})?(?:\s+[a-z]+)?|all|respondents))?"
    r"(?:\s+(?:respondents|interviewees|participants))?\s+(?:said|say|reported|report|told|described|complained)\b",
    re.IGNORECASE)
_DOCUMENT = "document"
_OWN = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b|^\W{0,2}(?:This|These)\s+(?:report|study|survey|paper|briefing|research)\b")
# the sentence speaks of the document as its subject ("The report, ..., is based on ...", "The survey drew on ...")
_DOC_HEAD = re.compile(r"^\W{0,2}(?:The|Its|Their)\s+(?:[a-z-]+\s+)?(report|study|survey|research|paper|analysis|"
                       r"assessment|audit|review|briefing)\b")


# (s41) a teller's own group's sample: "our volunteers interviewed 311 clerks", "our monitors surveyed 90 pickers"
_TELLER_SAMPLE = gated(r"\bour\s+(?:volunteers|monitors|researchers|team|staff|field\s+workers|fieldworkers|members|lawyers)\s+"
                       r"(?:(?:also|then)\s+)?(?:interviewed|surveyed|questioned|polled)\b", re.IGNORECASE)
_TELLERS = frozenset(("named_person", "organization", "official"))


def sample_tallies(sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give the sentences that count a cited document's own sample to that document (in place)."""
    kinds = {s.key: s.kind for s in sources}
    if _DOCUMENT not in kinds.values() and not any(_TELLER_SAMPLE.search(s.text) for s in sentences):
        return
    owner: str | None = None
    for i, s in enumerate(sentences):
        if s.kind != "body":
            continue
        a = result[i]
        basis = _BASIS.search(s.text) is not None  # (once per sentence: the three tests below ask the same)
        if basis and _OWN.search(s.text):
            # "Our researchers interviewed 31 men": the page's own sample, told by the page; (s41) in the words of a
            # witness or a group's spokesperson ("our volunteers interviewed 311 clerks", in her turn), the teller's
            owner = a.source if kinds.get(a.source) in _TELLERS and _TELLER_SAMPLE.search(s.text) else None
            continue
        if basis:
            head = _DOC_HEAD.match(s.text) if kinds.get(a.source) != _DOCUMENT else None
            cited = [src.key for src in sources if src.kind == _DOCUMENT and head is not None
                     and head.group(1) in (src.wording or "").lower()]
            # "The survey rests on testimony from 75 porters": its sample
            owner = a.source if kinds.get(a.source) == _DOCUMENT else (cited[0] if cited else None)  # the first one cited
            continue
        if owner is None:
            continue
        if _TALLY.match(s.text) and not _OWN.search(s.text):
            if a.source != owner and kinds.get(a.source) in (None, "outlet", "anonymous_source"):
                result[i] = replace(a, source=owner, cue="found", direct=False)
        elif basis or group_introduction(s.text) is not None:
            owner = None  # another sample: the page's own, or another document's
