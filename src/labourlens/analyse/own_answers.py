"""Answers that are the page's own, not an interviewee's.

A firm's reply to a reporter or its answers to a buyer's questionnaire read like an interview ("Q: ... A: ..."),
but nobody is interviewed: the page is the firm's own document and speaks in its own voice. Two headers of such
pages are no interviewee: the greeting of a letter ("Dear Mr Okoro,") names the one written to, and a
questionnaire's "Respondent:" field that gives a firm with its legal form ("Respondent: Varden Textiles Ltd")
names the page's author.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens.analyse.legal_forms import alternation

__all__ = ["firm_respondent", "salutation"]

# the first word of a letter's greeting
_GREETINGS = frozenset({"dear", "dearest", "hi", "hello", "greetings"})


def salutation(name: str) -> bool:
    """True when ``name`` is a letter's greeting ("Dear Tomas", "Hello Ana"): the addressee, not a speaker."""
    first = name.split(maxsplit=1)[0].lower() if name.strip() else ""
    return first in _GREETINGS


@lru_cache(maxsize=1)
def _form_after() -> re.Pattern[str]:
    # "(M) Sdn Bhd", "Ltd", ", Inc.": a bracketed country mark may come before the form
    return re.compile(rf"[ \t]*,?[ \t]*(?:\([A-Z]{{1,3}}\)[ \t]*)?{alternation()}(?![A-Za-z])")


@lru_cache(maxsize=1)
def _form_end() -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){alternation()}$")


def firm_respondent(before: str, end: int) -> bool:
    """True when the name that ends at ``end`` in ``before`` ends in, or is followed by, a firm's legal form: a
    questionnaire answered by a firm, the page's own answers."""
    return _form_after().match(before, end) is not None or _form_end().search(before, 0, end) is not None
