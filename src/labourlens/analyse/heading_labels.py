"""Phrases that the mention finder cuts out of headings and question lines, which never speak.

- a phrase that ends on an article, a preposition, a conjunction or "never"/"not" is a fragment cut
  before the verb of a heading or a question ("COURT RECORD: EXCERPT FROM THE HEARING" read as
  "EXCERPT FROM THE" + "record"; "Q. Ms. Dube, you never asked ..."), not a noun phrase naming someone;
- a phrase that opens with a transcript's question label ("Q." or "Q:") is the examiner's question.

A speaker that the text names in the same line ("The group leader said ...") is then found on its own.
Examples here and in the tests are invented."""

from __future__ import annotations

import re

__all__ = ["cut_fragment"]

_DANGLING = re.compile(
    r"\s(?:the|a|an|of|from|for|to|in|on|at|by|with|and|or|nor|but|never|not)$", re.IGNORECASE)
_QUESTION_LABEL = re.compile(r"^Q\s*[.:]\s")


def cut_fragment(text: str) -> bool:
    """Is the candidate speaker ``text`` a heading or question fragment rather than a speaker?"""
    text = text.strip()
    return bool(_QUESTION_LABEL.match(text) or _DANGLING.search(text))
