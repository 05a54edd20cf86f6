"""Phrases that the mention finder cuts out of headings and question lines, which never speak.

- a phrase in capitals only that ends on an article, a preposition or a conjunction is a fragment of a
  heading cut before a word read as a verb ("DISTRICT COURT - EXCERPT FROM THE RECORD" read as
  "EXCERPT FROM THE" + "record"), not a name; a phrase in ordinary case ending so is left to the
  trimming done later ("The consulate regards the ...");
- a phrase that opens with a transcript's question label ("Q." or "Q:") is the examiner's question
  ("Q. Ms. Dube, you never asked ...").

A speaker that the text names in the same line ("The group leader said ...") is then found on its own.
Examples here and in the tests are invented."""

from __future__ import annotations

import re

__all__ = ["cut_fragment"]

_DANGLING = re.compile(r"\s(?:THE|A|AN|OF|FROM|FOR|TO|IN|ON|AT|BY|WITH|AND|OR)$")
_QUESTION_LABEL = re.compile(r"^Q\s*[.:]\s")


_LOWER_LETTER = re.compile(r"[a-z]")


def cut_fragment(text: str) -> bool:
    """Is the candidate speaker ``text`` a heading or question fragment rather than a speaker?"""
    text = text.strip()
    caps_heading = not _LOWER_LETTER.search(text) and len(text.split()) >= 3 and _DANGLING.search(text) is not None
    return bool(_QUESTION_LABEL.match(text)) or caps_heading
