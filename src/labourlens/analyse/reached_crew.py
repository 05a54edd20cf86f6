"""A person the writer reached or spoke to, named by their post on a ship, site or plant ("We reached the
vessel's bosun by radio.", "We spoke to the depot's night watchman, a Nepali national, on Sunday."): the
antecedent of the "He told us ..." that follows. :mod:`labourlens.analyse.introductions` knows the
indefinite forms ("We reached a deckhand"); this is the definite, possessive one."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import classify

__all__ = ["possessive_contact"]

# the writer's contact verb, then "the <place-noun>'s <post>" up to a comma, "by/on/via ..." or the end
_CONTACT = re.compile(
    r"\b(?:[Ww]e|I|[Oo]ur\s+(?:reporter|correspondent)s?)\s+(?:(?:also|then|later|finally)\s+)?"
    r"(?:reached|contacted|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+"
    r"(?P<np>the\s+[a-z][\w-]+['\u2019]s\s+(?:[a-z][\w-]+\s+){0,2}?[a-z][\w-]+)"
    r"(?=\s*[,.;]|\s+(?:by|on|via|over|through|at|in)\b)")
_GATE = ("'s ", "\u2019s ")


def possessive_contact(text: str) -> tuple[str, int] | None:
    """``(speaker phrase, offset)`` of one person reached under their post ("the trawler's cook"), or None."""
    if not any(g in text for g in _GATE):
        return None
    m = _CONTACT.search(text)
    if m is None:
        return None
    np = m.group("np")
    last = np.split()[-1].lower()
    if last.endswith("s") and not last.endswith("ss") or classify(np) != "anonymous_source":
        return None  # a group ("the mine's drillers"), or a company's voice ("the plant's manager")
    return np, m.start("np")
