"""Words of dispute procedure that name something else (used by :mod:`labourlens.analyse.context`).

A report of labour abuse is told apart from an ordinary wage dispute by the procedure words it uses ("human
resources", "settlement", "interviews", ...). Two uses of such words are no procedure at all:

- the word is part of a state body's name: "the Ministry of Manpower and Human Resources", "the Department of
  Labour Relations" (the ministry speaks; no firm's HR office is involved);
- a study's method note says in which language its interviews were held ("Interviews were conducted in Tagalog and
  English"): a researcher's interviews, not a hiring round's;
- a verb's form that only looks like a procedure word: "we keep hearing the same promise", "they were hearing rumours"
  (someone hears something; no court sits).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["names_something_else"]

# "Ministry of", "Minister for", "Department of", "Secretary of State for" just before the term (a few capitalised
# words of the name may come between: "Ministry of Labour and Human Resources")
_BODY_NAME = re.compile(r"\b(?:Ministry|Minister|Ministers|Department|Secretary|Secretariat|Directorate|Bureau|Commission|"
                        r"Council|Authority)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:and\s+|&\s+)?){0,4}$")


@lru_cache(maxsize=1)
def _in_language() -> re.Pattern[str]:
    from labourlens.analyse.mastheads import more_languages  # noqa: PLC0415 - mastheads is heavy; loaded once

    names = sorted({*more_languages(), "english", "arabic", "french", "spanish", "russian", "chinese", "mandarin",
                    "portuguese", "indonesian", "thai", "vietnamese", "korean", "japanese"}, key=len, reverse=True)
    alts = "|".join(re.escape(n.capitalize()) for n in names)
    return re.compile(rf"\s+(?:were|was|had\s+been|have\s+been)\s+(?:conducted|held|carried\s+out|done|recorded)\s+"
                      rf"(?:mostly\s+|mainly\s+|largely\s+)?in\s+(?:{alts})\b")


# an auxiliary or a verb of going on just before "hearing": the verb's progressive form, not a court's sitting
_HEARING_VERB = re.compile(r"\b(?:am|is|are|was|were|been|be|keep|keeps|kept|still|stop|stopped|start|started|"
                           r"go\s+on|goes\s+on|went\s+on)\s+$", re.IGNORECASE)


def names_something_else(text: str, start: int, end: int) -> bool:
    """Does the procedure word at ``text[start:end]`` stand in a state body's name, or is it a study's interviews
    held in some language (see the module docstring)?"""
    if _BODY_NAME.search(text, max(0, start - 120), start) is not None and text[start:start + 1].isupper():
        return True
    word = text[start:end].lower()
    if word == "hearing":
        return _HEARING_VERB.search(text, max(0, start - 30), start) is not None
    return word.startswith("interview") and _in_language().match(text, end) is not None
