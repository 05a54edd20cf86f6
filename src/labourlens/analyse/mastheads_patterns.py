"""Patterns of :mod:`labourlens.analyse.mastheads` compiled once, at import (speed: the ``re`` module's cache of
patterns is shared by every module and evicts its oldest entries, so a pattern written inline in a function
was parsed and compiled again whenever other patterns had pushed it out)."""

from __future__ import annotations

import re

SECTION_JOINER = re.compile(r"[ \t]+(?:&|and)[ \t]+|[ \t]*/[ \t]*")
NUMBERED = re.compile(r"\bNo\.|\d$")
PAREN_END = re.compile(r"[ \t]*\([^)]*\)[ \t]*$")
PAREN_NOTE_END = re.compile(r"[ \t]*\(([^()]{2,40})\)[ \t]*$")
COMMA_SPACE = re.compile(r",[ \t]+")
JOINER_END = re.compile(r"(?:[ \t]+(?:of|for|and|&|do|da|de|the|on|in))+$")
WIDE_GAP = re.compile(r"[ \t]{2,}|\t")
AFTER_SENTENCE_END = re.compile(r"(?<=\w\w)\.\s.*$")
# a translation note beside a masthead ("Tohoku Shimpo (translated from Japanese)"): no name of its own
TRANSLATION_NOTE = re.compile(r"^\(?(?:translated|translation|machine[ \t]+translation|unofficial[ \t]+translation)\b",
                              re.IGNORECASE)
# a body's acronym in brackets after its name ("ASIA-PACIFIC SEAFARERS UNION (APSU)"): part of the masthead, no note
ACRONYM_END = re.compile(r"\s\([A-Z][A-Z&-]{1,9}\)$")
# a site's slogan beside its name ("NaijaVoices | News that matters to you", "Your voice in the Gulf"): a capitalised
# word, then only lower-case words, speaking to the reader or opening with a word of news; no name of its own (a
# headline in sentence case, "Solar glass ruling sets final duties", is no slogan)
TAGLINE = re.compile(r"^(?=[^|]*\b(?:you|your|yours|we|our|us)\b|(?:News|Independent|Journalism|Stories|Reporting|Trusted)\b)"
                     r"[A-Z][a-z'\u2019]*(?:[ \t]+[a-z][\w'\u2019-]*){2,8}$")
