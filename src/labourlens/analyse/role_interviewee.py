"""An interview's introduction that names the person asked after a role: "We spoke to the company's lawyer, Irina
Shalagina." or "I talked with the mine's deputy director, Pavel Orlov." The answers ("A: ...") are that person's, not
those of the people a question cites ("Q: Workers say they were not paid. Is that true?"). Used by
:func:`labourlens.analyse.qa_frames.framed_answerer`; examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import NAME_WORD, classify

__all__ = ["asked_in_question", "role_interviewee"]

# "We spoke to the company's lawyer, Irina Shalagina." / "I talked with its director, Pavel Orlov."
_ROLE_THEN_NAME = re.compile(
    r"\b(?:[Ww]e|I)[ \t]+(?:have[ \t]+)?(?:spoke|spoken|talked|put[ \t]+(?:our|my|some|these|\w+)[ \t]+questions)"
    r"[ \t]+(?:to|with)[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?[a-z][\w-]*,[ \t]+"
    rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,2}})(?=[ \t]*[.,;:]|\s*$)")
_WORDS = ("spoke", "spoken", "talked", "questions")
# a transcript's heading that names who takes the questions by role: "Daily briefing by the Defence Ministry
# spokeswoman", "News conference of the Minister of Labour, Accra": the answers are that office-holder's
_BRIEFING = re.compile(
    r"\b(?:press|news|media|daily|regular|weekly)\s+(?:conference|briefing)\s+(?:of|by|with|given\s+by|held\s+by)\s+"
    r"(?P<role>(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+|(?:of|for|and)\s+){1,8}?(?i:spokes(?:person|man|woman)|"
    r"minister|secretary|press\s+secretary))\b")
_BRIEF_WORDS = ("conference", "briefing")
# a question line: "Q: ...", "Q. ...", "Question: ..."
_QUESTION_LINE = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]", re.MULTILINE)


def role_interviewee(before: str) -> tuple[int, str] | None:
    """The last person the text before an answer says the writer spoke to, named after a role; ``(offset, name)``."""
    found: list[tuple[int, str]] = []
    if any(w in before for w in _WORDS):
        found = [(m.start("name"), m.group("name")) for m in _ROLE_THEN_NAME.finditer(before)
                 if classify(m.group("name")) == "named_person"]
    if any(w in before for w in _BRIEF_WORDS) and _QUESTION_LINE.search(before):  # a heading, then questions
        found += [(m.start("role"), m.group("role")) for m in _BRIEFING.finditer(before)
                  if classify(m.group("role")) in ("official", "organization")]
    return max(found) if found else None


def asked_in_question(text: str, at: int) -> bool:
    """Does offset ``at`` lie on a question line ("Q: Workers say ...")? Someone first met there is cited by the
    interviewer, and does not answer."""
    line_start = text.rfind("\n", 0, at) + 1
    return _QUESTION_LINE.match(text, line_start) is not None
