"""A party's case put in the court's or the page's words: "It is the Claimant's case that her employer took her
passport", "The Respondent's position was that the fees were lawful", "It was the workers' evidence that ...": the
party whose case, evidence or position it is speaks what follows "that" (a judgment or a case summary reports the
parties' accounts so). Examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["party_case_mention"]

_SPEAKERS = ("official", "organization", "named_person", "anonymous_source", "document")
_WORDS = ("case", "evidence", "position", "contention", "submission", "testimony", "complaint")  # (speed: a gate)
_CASE = re.compile(
    r"^(?:\(?\d{1,3}[.)]\s+)?(?:It\s+(?:is|was)\s+|(?=[Tt]he\s))(?P<sp>(?:[Tt]he\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
    r"['\u2019]s?\s+(?:case|evidence|position|contention|submission|testimony|complaint|pleaded\s+case)"
    r"(?:\s+(?:is|was))?\s+that\b")


def party_case_mention(text: str) -> Mention | None:
    """The party in "It is the Claimant's case that ...", when it names a speaker; None otherwise."""
    m = _CASE.match(text) if any(w in text for w in _WORDS) else None
    if m is None:
        return None
    sp = m.group("sp")
    if classify(sp) not in _SPEAKERS:
        return None
    return Mention(sp, m.start("sp"), m.end("sp"), "said", False)
