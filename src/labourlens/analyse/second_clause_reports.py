"""A report in the second clause of a sentence, with a subject of its own: "The building was finished two months
ahead of schedule, and residents now say they know why: the men who worked there were North Korean." The first
clause is the page's narration; the people named as the subject after "and" or "but" speak for what the sentence
goes on to say. Only a bare plural of onlookers ("residents", "local traders", "neighbours") is read so, in a
sentence with no speaker found otherwise: "..., but workers said they received ..." goes back to the workers the
page has been quoting, and its own rules give it to them.
"""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["second_clause_report"]

_SECOND = re.compile(
    r",\s+(?:and|but)\s+(?P<sp>(?:(?:local|many|some|other)\s+)?(?:residents|neighbou?rs|locals|villagers|"
    r"traders|shopkeepers|passers-by|witnesses))"
    r"\s+(?:now\s+|also\s+|still\s+)?(?P<verb>say|said|insist|insisted|claim|claimed|allege|alleged)\s+(?=[a-z])")


def second_clause_report(m: Mention | None, text: str) -> Mention | None:
    """``m``, or when it is None the people who report in the sentence's second clause (see the module doc)."""
    if m is not None or (" and " not in text and " but " not in text):
        return m
    found = _SECOND.search(text)
    if found is None or classify(found.group("sp")) != "anonymous_source":
        return m
    verb = found.group("verb")
    cue = "said" if verb.startswith("sa") else verb.rstrip("s").removesuffix("ed")
    return Mention(found.group("sp"), found.start("sp"), found.end("sp"), cue)
