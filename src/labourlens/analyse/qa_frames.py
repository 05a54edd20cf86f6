"""A question-and-answer block set inside a longer report: "Gulf Wire put four questions to Tomas Berger, who
studies migration in Berlin." then "Q: ... A: ...". The answers are the person the frame names, not the
worker or the company quoted in the story above it, though those were the last people to speak: a frame
that names someone after the last speaker was first met hands the answers to that person.

The same holds for a reply to a letter: "Your letter states that the passports are held in our office. This is
correct, but only for ..." answers the letter; the sentences after the letter is cited are the replier's own; and for
a reply to a news piece cited as alleging ("The article alleges that salaries were delayed. Salaries were paid late
because of ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.anonymous_interviewees import unnamed_interviewee
from labourlens.analyse.interviewees import interviewee_at
from labourlens.analyse.role_interviewee import asked_in_question, role_interviewee
from labourlens.analyse.speakers import Mention, classify
from labourlens.analyse.spoke_frames import described_interviewee

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry, _Entry

__all__ = ["addressed_document", "addressee_statement", "framed_answerer"]

_SPOKE = re.compile(r"(?i)(?:spok|speak|talk)")


def framed_answerer(reg: Registry, text: str, at: int, found: _Entry | None) -> _Entry | None:
    """The entry an answer at offset ``at`` belongs to: ``found`` (the last person met), unless the text before
    the answer frames a question-and-answer block with a person named after ``found`` was first met; then
    that person's entry (registered now if new); (s37) while no named person has spoken, the unnamed interviewee an
    introduction speaks of (:mod:`labourlens.analyse.unnamed_interviewees`)."""
    framed = interviewee_at(text[:at])
    if (found is None or found.source.kind != "named_person") and framed is None and (
            unnamed := unnamed_interviewee(text[:at])) is not None:  # (s37) "The interviewee ... spoke on condition
        src = reg.resolve(Mention(unnamed, 0, 0, "answered", True), at, "")  # of anonymity": that unnamed person
        return next((e for e in reg.entries if e.source.key == src.key), found)
    first = min(found.source.spans)[0] if found is not None and found.source.spans else at
    role = role_interviewee(text[:at]) if found is None or asked_in_question(text, first) \
        else None  # "We spoke to the company's lawyer, Irina Shalagina.": not the workers a question cites
    if role is not None and (framed is None or role[0] >= framed[0]):
        src = reg.resolve(Mention(role[1], 0, 0, "answered", True), at, text[max(0, at - 600):at])
        return next((e for e in reg.entries if e.source.key == src.key), found)
    if framed is None or found is not None and found.source.spans and min(found.source.spans)[0] >= framed[0]:
        return found
    # a frame that names the person asked, not "He spoke to Harbour & Hinterland in Seoul" (the outlet)
    spoke = _SPOKE.match(text, framed[0]) and not described_interviewee(text, framed[0])  # "spoke to X, a lawyer"
    if spoke or classify(framed[1]) != "named_person" or reg.outlet and framed[1] in reg.outlet:
        return found
    src = reg.resolve(Mention(framed[1], 0, 0, "answered", True), at, text[max(0, at - 600):at])
    return next((e for e in reg.entries if e.source.key == src.key), found)


_YOUR = re.compile(r"^\s*your\b", re.IGNORECASE)


# a news piece a reply answers ("The article alleges that salaries were delayed. Salaries were paid late because ...")
_MEDIA_PIECE = re.compile(r"^\s*(?:the|this|that)\s+(?:(?:news|newspaper|original|recent)\s+)?(?:article|story|piece|"
                          r"broadcast|column|post)\b", re.IGNORECASE)
_ALLEGING = frozenset({"allege", "alleged", "alleges", "claim", "claimed", "claims"})


def addressed_document(reg: Registry, key: str, cue: str | None = None) -> bool:
    """Is source ``key`` the addressee's own document in a reply ("Your letter states that ..."), or a news piece cited
    as alleging ("The article alleges that ..."): what the reply says after citing it ("This is correct, but ...",
    "Salaries were paid late because ...") is the replier's answer, not more of the letter or the article?"""
    alleging = (cue or "").lower() in _ALLEGING
    return any(e.source.key == key and (_YOUR.match(e.source.wording or "") is not None or alleging and _MEDIA_PIECE.match(
        e.source.wording or "") is not None) for e in reg.entries)


# "You also state that", "You told us that", "You have assured us that": the addressee's own word, given to the letter
_YOU_STATE = re.compile(r"^\s*You\s+(?:also\s+|further\s+|then\s+|have\s+(?:also\s+)?|had\s+)?"
                        r"(?:state|claim|allege|assert|say|write|suggest|report|(?:told|tell|assured?|informed?)\s+(?:us|me)"
                        r"|confirm(?:ed)?)\s+that\b")


def addressee_statement(reg: Registry, sentence: str) -> str | None:
    """The key of the addressee's document a reply has cited ("Your letter states ...") when a later sentence
    goes on "You also state that ...": the letter speaks again; None otherwise."""
    if _YOU_STATE.match(sentence) is None:
        return None
    found = reg._recent(lambda e: e.source.kind == "document" and _YOUR.match(e.source.wording or "") is not None)
    return found.source.key if found is not None else None
