"""A report's list of notes at the foot of a page or section: "___________" or a heading "Notes", then lines that
open with the note's bare number ("7 Interviews held in May, in person.", "8 Letter from the agency to us, 2 June.").
They say where a sentence above came from; none is a claim about workers, so they are page furniture (``chrome``).

Only a run of at least two such paragraphs counts, numbered one after another, right after the rule or heading: a
numbered list of findings ("1. Workers ...") has its full stop and no rule above it."""

from __future__ import annotations

import re

from labourlens.model import Sentence

__all__ = ["mark_footnotes"]

_RULE = re.compile(r"^\s*(?:[_\-\u2013\u2014=*]\s*){3,}$")
_HEADING = re.compile(r"^\s*(?:foot\s?notes|end\s?notes|notes|sources|references)\s*:?\s*$", re.IGNORECASE)
_NOTE = re.compile(r"^\s*(\d{1,3})\s+(?=[A-Z])")
_MIN_RUN = 2


def mark_footnotes(out: list[Sentence]) -> None:
    """Mark the sentences of a footnote list as ``chrome``, in place."""
    firsts: list[int] = [i for i, s in enumerate(out) if i == 0 or out[i - 1].paragraph != s.paragraph]
    for n, i in enumerate(firsts):
        if not (_RULE.match(out[i].text) or _HEADING.match(out[i].text)):
            continue
        run: list[int] = []  # paragraphs of the list
        expected: int | None = None
        for j in firsts[n + 1:]:
            m = _NOTE.match(out[j].text)
            if m is None or (expected is not None and int(m.group(1)) != expected):
                break
            run.append(out[j].paragraph)
            expected = int(m.group(1)) + 1
        if len(run) >= _MIN_RUN:
            for s in out:
                if s.paragraph in run:
                    s.kind = "chrome"
