"""Four repairs of a speaker phrase the mention finder ran too far or too short (:func:`subject_repair`).

A speaker phrase that is only a day, a month or "today" is the end of an aside, not a speaker: in "The appeal,
shared widely since Friday, says the men are held", the subject is "The appeal", the phrase before the aside; the
aside is left out. Without such a phrase before it, the sentence names no speaker.

A speaker phrase that ran over an act done to someone, up to the "and" before the verb of speaking ("the boss kicked
him at the gate and [said]", "the cook struck her and [told]"), is the subject before that act: "the boss".

A speaker phrase that opens on a day or a month joined by "and" to the subject of the verb ("not paid since March and
the captain [says]", "until Friday and the agent [told]") ran back over the end of the clause before: the speaker is
the phrase after "and", "the captain".

An age in brackets after a name ("Driver Tomas Ruiz (52) said ...") is no part of the speaker's wording. Used by
:mod:`labourlens.analyse.mentions`; examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["subject_repair"]

_CALENDAR = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                       r"June|July|August|September|October|November|December|today|yesterday|Today|Yesterday)")
# the subject before the aside: a noun phrase opening the sentence, up to the comma that opens the aside
_SUBJECT = re.compile(r"^\s*(?P<np>(?:An?|The|This|That|Her|His|Their|One)\s[^,;:\"\u201c]{2,80}?),\s+"
                      r"(?:[^,;:\"\u201c]|(?<=\d),(?=\d{3}))*?\s*$")  # (a figure's comma: "9,000 times")


# "March and the captain": a day or month that ends the clause before, "and", then a determined subject
_CALENDAR_AND = re.compile(rf"^{_CALENDAR.pattern}\s+and\s+(?=(?:the|a|an|his|her|their|its|my|our)\s+\w)")

# the word of time before it ("since March and ..."): not a person named April or May opening the sentence
_TIME_WORD = re.compile(r"\b(?:since|until|till|in|by|on|from|through|before|after|last|this|next|early|late|mid|of)\s+$",
                        re.IGNORECASE)

# "the boss kicked him at the gate and": the subject, a verb, an object pronoun, the rest, "and" at the end
_ACT_AND = re.compile(r"^(?P<np>\S.*?\S)\s+[a-z]+\s+(?:him|her|them|me|us)\b[^,;:\"\u201c]{0,60}\s+and$")


# an age in brackets closing the phrase: "Driver Tomas Ruiz (52)"
_AGE = re.compile(r"\s*\(\d{1,2}\)$")


def subject_repair(m: Mention | None, text: str) -> Mention | None:
    """``m`` repaired (see the module doc)."""
    if m is not None and m.wording.endswith(")") and (age := _AGE.search(m.wording)) is not None and age.start() > 0:
        m = Mention(m.wording[:age.start()], m.start, m.start + age.start(), m.cue, m.direct, m.relay)
    if m is not None and m.wording.endswith(" and"):
        act = _ACT_AND.match(m.wording)
        if act is not None and classify(act.group("np")) is not None:
            np = act.group("np").rstrip(" ,")  # "A welder from Osh, 34, showed us ...": no comma
            return Mention(np, m.start, m.start + len(np), m.cue, m.direct, m.relay)
    if m is not None and (joined := _CALENDAR_AND.match(m.wording)) is not None and _TIME_WORD.search(text[:m.start]):
        m = Mention(m.wording[joined.end():], m.start + joined.end(), m.end, m.cue, m.direct, m.relay)
    return calendar_subject(m, text)


def calendar_subject(m: Mention | None, text: str) -> Mention | None:
    """``m`` unless its wording is a bare day, month or "today": then the subject before the aside that ends with
    it, or None."""
    if m is None or not _CALENDAR.fullmatch(m.wording.strip()):
        return m
    if not text[m.end:].lstrip().startswith(","):
        return None
    head = _SUBJECT.match(text[:m.start])
    if head is None:
        return None
    np = head.group("np")
    start = head.start("np")
    return Mention(np, start, start + len(np), m.cue, m.direct, m.relay)
