"""A group's press release that announces its own survey speaks its findings in its own voice, for
:func:`labourlens.analyse.document_voice.apply_document_voice` (in place):

- the survey the release announces, given without anyone else's name ("A survey of 41 women who came back from
  Jordan finds that ...", "A new study of 300 returnees shows ..."): the page's voice (``OUTLET``), not a
  document it cites ("A survey by the ministry finds" stays the ministry's document);
- the bare counts in the bullet list under the release's "Key findings:" line ("- 29 said their employer took
  their passport", "- 14 reported being beaten"): the survey's figures, the page's voice, not people it quotes
  (a count given with its people, "29 of the 38 fishers said", keeps the other rules: writers hear them as people).

A page that does not call itself a press release (a news story about a survey) keeps the other rules: there
the survey is a document and counted respondents are people (writers split on them, see
:mod:`labourlens.analyse.survey_samples`).

Names in the examples are invented."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.speakers import OUTLET_KEY

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["release_findings"]

_RELEASE = re.compile(r"^[ \t]*(?:PRESS|MEDIA|NEWS)[ \t]+RELEASE\b|^[ \t]*(?:Press|Media)[ \t]+[Rr]elease\b|"
                      r"\bFOR[ \t]+IMMEDIATE[ \t]+RELEASE\b|\bFor[ \t]+immediate[ \t]+release\b", re.MULTILINE)
# "A survey of 41 women who ...", "A new study of 300 returnees", "New research among 120 workers"
_OWN_SURVEY = re.compile(r"^(?:(?:a|an|our|the|this)\s+(?:new\s+|recent\s+|first\s+)?(?:survey|study|poll|research|"
                         r"assessment)|new\s+research)\s+(?:of|among|with)\s+(?!.*\bby\s+(?:the\s+)?(?-i:[A-Z]))", re.IGNORECASE)
# "Key findings:", "Main findings:", "The survey found:", "Among the findings:"
_FINDINGS_LINE = re.compile(r"^[ \t]*(?:(?:key|main|other|further)\s+findings|findings|among\s+the\s+findings|"
                            r"the\s+(?:survey|study|research)\s+(?:found|finds|shows|showed))[ \t]*:[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)
_BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+")
# a bare count ("29 said", "14 reported"): the survey's figure; a count with its people ("29 of the 38 fishers said")
# stays with the other rules, which hear them as people (heldout47's writer does)
_COUNT = re.compile(r"(?:(?:about|nearly|almost|over|more\s+than|only|just)\s+)?\d[\d,]*(?:\s*(?:%|per\s?cent|percent))?")


def release_findings(text: str, sentences: list[Sentence], result: list[Attribution], reg: Registry) -> None:
    """Give the release's own survey and the counts of its findings list to the page (see the module doc)."""
    if _RELEASE.search(text[:600]) is None:
        return
    kinds = {src.key: src for src in reg.sources()}
    lists = [m.end() for m in _FINDINGS_LINE.finditer(text)]
    for i, a in enumerate(result):
        src = kinds.get(a.source)
        if src is None or a.source == OUTLET_KEY or not src.wording:
            continue
        wording = src.wording.strip()
        if src.kind == "document" and _OWN_SURVEY.match(wording):
            result[i] = replace(a, source=OUTLET_KEY)
        elif _COUNT.fullmatch(wording) and _in_findings(text, sentences[i].start, lists):
            result[i] = replace(a, source=OUTLET_KEY)


def _in_findings(text: str, at: int, lists: list[int]) -> bool:
    """Is the sentence at ``at`` a bullet of a findings list (the list's line above it, bullets in between)?"""
    start = max((end for end in lists if end <= at), default=-1)
    if start < 0:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    if _BULLET.match(text, line_start) is None:
        return False
    between = text[start:line_start].strip().split("\n")
    return all(not line.strip() or _BULLET.match(line) for line in between)
