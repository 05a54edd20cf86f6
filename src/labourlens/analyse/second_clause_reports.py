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

# a counted group that told the page something, after the page's own clause: "Workers may change jobs freely, yet 18
# guards told us their employer refused", "..., but 40 of the cleaners said they were never paid"
_COUNTED = re.compile(
    r",\s+(?:and|but|yet|while)\s+(?P<sp>\d[\d,]*\s+(?:of\s+(?:the|them|these)\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)"
    r"\s+(?:also\s+)?(?P<verb>told\s+(?:us|our\s+researchers|the\s+researchers|researchers|interviewers)|said|reported)\s+"
    r"(?=[a-z])")


def second_clause_report(m: Mention | None, text: str) -> Mention | None:
    """``m``, or when it is None the people who report in the sentence's second clause (see the module doc)."""
    if m is not None or (" and " not in text and " but " not in text and " yet " not in text and " while " not in text):
        return m
    found = _SECOND.search(text) or _COUNTED.search(text)
    if found is None or classify(found.group("sp")) != "anonymous_source":
        return m
    verb = found.group("verb")
    cue = "said" if verb.startswith("sa") else "told" if verb.startswith("told") else verb.rstrip("s").removesuffix("ed")
    return Mention(found.group("sp"), found.start("sp"), found.end("sp"), cue)
