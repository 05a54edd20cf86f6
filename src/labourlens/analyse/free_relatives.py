"""Free relatives as subjects (extractor ``claims.v1``): "Whoever refuses the night shift is sent home", "whoever
says he is ill loses a day's pay, she said". The pronoun opens a rule about anyone at all, so it is never the speaker:
a transcript line keeps its label's speaker, a trailing tag its own.

(s43) A free relative that names a thing by someone's words is a noun phrase, not a report: "She left in May for what
a broker in Dhaka described as a hotel job" (:func:`what_described`); the sentence is not the broker's. So is a clause
whose verb takes the cue word as its object noun: "the agency lodged absence reports against both"."""

from __future__ import annotations

import re
from typing import TypeVar

__all__ = ["FREE_RELATIVES", "free_relative", "unless_free_relative", "what_described"]

T = TypeVar("T")

FREE_RELATIVES = ("whoever", "whomever", "whosoever")


def free_relative(wording: str | None) -> bool:
    """Is the speaker phrase a free relative pronoun ("Whoever")?"""
    return wording is not None and wording.strip().lower() in FREE_RELATIVES


def unless_free_relative(before: T, after: T | None) -> T | None:
    """``after`` (a speaker phrase a later reading gave), unless that reading made a free relative the speaker:
    then ``before`` ("Whoever says he is ill loses pay, she said": she, not "Whoever")."""
    wording = getattr(after, "wording", None)
    return before if isinstance(wording, str) and free_relative(wording) else after


# the subject phrase ends in "what" and a short subject of its own, and the verb names a thing: "for what the agency
# described as", "what he called"
_WHAT_SUBJECT = re.compile(r"(?:^|\s)what\s+[^,;:\"\u201c]{1,60}$", re.IGNORECASE)
_NAMING = re.compile(r"\s*(?:as\b|[\"\u201c]|an?\s|the\s)", re.IGNORECASE)
# a clause that already has its verb, whose object is the cue word read as a noun: "the firm filed absence reports",
# "we have received similar reports" (the reports are what was filed or received, not anyone's telling)
# (a participle with its preposition describes the speaker instead: "a weekly published in Abidjan reports")
_VERB_BEFORE_NOUN = re.compile(r"\b(?:filed|lodged|received|issued|submitted|compiled|forwarded|logged|"
                               r"has\s+received|have\s+received|had\s+received)"
                               r"(?!\s+(?:in|on|at|by|with|from|for|to|under|since|after|before|during|through|via)\b)"
                               r"(?:\s+[\w-]+){0,2}$", re.IGNORECASE)
_NOUN_CUES = frozenset(("reports", "claims", "notes", "complaints", "statements", "findings"))


def what_described(subject: str, from_verb: str) -> bool:
    """Is ``subject`` + the verb at the start of ``from_verb`` no report but a noun phrase: a free relative that names a
    thing ("for what the agency described as a cook's job"), or a clause whose verb has the cue word as its object
    ("the agency lodged absence reports against both cooks")?"""
    verb, _, after = from_verb.partition(" ")
    if verb.lower() in _NOUN_CUES and _VERB_BEFORE_NOUN.search(subject) is not None:
        return True
    return _WHAT_SUBJECT.search(subject) is not None and _NAMING.match(after) is not None
