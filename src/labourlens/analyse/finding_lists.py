"""A list of findings under a lead-in that names who found them (used by :mod:`labourlens.analyse.forum_posts`,
the last pass of the attribution).

"The report lists its main findings:" and then "1. Workers were charged fees ...", "2. Employers kept the
passports ...": every item of the list is the report's, as a numbered or bulleted list under "The group said
in its report:" is the group's. An item with an attribution of its own keeps it, and the list ends at the first
line that is no list item. A lead-in that names nobody ("Key findings:") leaves the items to the page. Points
numbered inside one paragraph after a colon ("X stated: (1) ... (2) ...") are the speaker's too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from labourlens.analyse.release_accounts import own_accounts_lead_in
from labourlens.analyse.speakers import OUTLET_KEY
from labourlens.model import Sentence, Source

__all__ = ["finding_lists", "list_item"]

_LEAD_IN_END = re.compile(r":\s*$")
# what opens a list item on its line: "1.", "2)", "(a)", "a)", "-", "*", "•"; (s48) or an audit's coded finding, a
# capital or two and a number ("F1.", "NC-2.", "R3)"), but not a questionnaire's "Q1."
_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)]|\(?[a-h]\)|[-*\u2022\u00b7\u2013]|(?!Q\d)[A-Z]{1,2}-?\d{1,2}[.)])[ \t]+\S")
_KINDS = frozenset(("document", "organization", "official", "named_person", "anonymous_source"))


def list_item(text: str, s: Sentence) -> bool:
    """Does sentence ``s`` open its line, after a list marker?"""
    line_start = text.rfind("\n", 0, s.start) + 1
    mark = _ITEM_MARK.match(text, line_start)
    return mark is not None and mark.end() - 1 >= s.start - 3


def finding_lists(text: str, sentences: Sequence[Sentence], result: list[Any], sources: Sequence[Source]) -> None:
    """Give the items of a list under an attributed lead-in ending with a colon to the lead-in's speaker
    (in place; see the module docstring)."""
    kinds = {s.key: s.kind for s in sources}
    for i, s in enumerate(sentences[:-1]):
        att = result[i]
        if not _LEAD_IN_END.search(s.text) or att.source == OUTLET_KEY or not att.explicit \
                or kinds.get(att.source) not in _KINDS or own_accounts_lead_in(text, s.text):
            continue  # (a release's "Their accounts show:" leaves its list to the page)
        for j in range(i + 1, len(sentences)):
            item = sentences[j]
            # an item's second sentence runs on in its line ("2. Guards beat them. Some were hurt.")
            same_line = j > i + 1 and "\n" not in text[sentences[j - 1].end:item.start]
            if not same_line and not list_item(text, item):
                break
            if result[j].source == OUTLET_KEY and not result[j].explicit:
                result[j] = replace(att, explicit=False, span=None)
    inline_points(sentences, result, kinds)


# points numbered inside a paragraph after a colon: 'X stated: (1) All overtime is voluntary. (2) No complaint ...'
_FIRST_POINT = re.compile(r":\s*(?:\(1\)|\(a\)|1\))\s+\S")
_NEXT_POINT = re.compile(r"^\s*(?:\(\d{1,2}\)|\([b-h]\)|\d{1,2}\))\s+\S")


def inline_points(sentences: Sequence[Sentence], result: list[Any], kinds: dict[str, str]) -> None:
    """Give the later points of a run numbered in one paragraph ("(2) ...", "(3) ...") to the speaker of the
    sentence whose colon opened the run with "(1)" (in place); a point with a speaker of its own keeps it."""
    for i, s in enumerate(sentences[:-1]):
        att = result[i]
        if att.source == OUTLET_KEY or not att.explicit or kinds.get(att.source) not in _KINDS \
                or _FIRST_POINT.search(s.text) is None:
            continue
        for j in range(i + 1, len(sentences)):
            item = sentences[j]
            if item.paragraph != s.paragraph or _NEXT_POINT.match(item.text) is None:
                break
            if result[j].source == OUTLET_KEY and not result[j].explicit:
                result[j] = replace(att, explicit=False, span=None)
