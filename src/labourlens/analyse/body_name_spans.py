"""Words standing inside a body's proper name.

A body's own name can hold a word that elsewhere tells of the subject or of abuse: "the Department of Migrant
Workers", "the Migrant Workers Centre", "the Agency for Labour Abuse and Exploitation". Capitalised as part of such a
name (a body word and "of" before it, or capitalised words and a body word after it: ``body_name_words`` in
``knowledge/indicators.yaml``), the word names the body, not what the report is about nor anything done to anyone."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge

__all__ = ["any_body_word", "in_body_name"]


@lru_cache(maxsize=1)
def _body_name() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns for a body's name around a word: a body word and "of" before it, capitalised words and a body word
    after it, and any body word."""
    words = "|".join(re.escape(str(w)) for w in knowledge.load("indicators.yaml").get("body_name_words") or [])
    body = rf"(?:{words})"
    before = re.compile(rf"\b{body}\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:and\s+)?)*$")
    after = re.compile(rf"(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*)*?\s+{body}\b")
    return before, after, re.compile(rf"\b{body}\b")


_SPACE_OR_HYPHEN = re.compile(r"[\s-]+")


def any_body_word(text: str) -> bool:
    """Does the text hold a body word at all (a cheap test before :func:`in_body_name` is asked of each span)?"""
    return _body_name()[2].search(text) is not None


def in_body_name(text: str, start: int, end: int) -> bool:
    """Is the word matched at ``text[start:end]`` capitalised as part of a body's proper name?"""
    words = _SPACE_OR_HYPHEN.split(text[start:end])
    if not all(w[:1].isupper() for w in words if w):
        return False
    before, after, _ = _body_name()
    return before.search(text, max(0, start - 80), start) is not None or (
        after.match(text, end, end + 80) is not None)
