"""Seven repairs of a speaker phrase the mention finder ran too far or too short (:func:`subject_repair`).

A speaker phrase that is only a day, a month or "today" is the end of an aside, not a speaker: in "The appeal,
shared widely since Friday, says the men are held", the subject is "The appeal", the phrase before the aside; the
aside is left out. Without such a phrase before it, the sentence names no speaker.

A speaker phrase that ran over an act done to someone, up to the "and" before the verb of speaking ("the boss kicked
him at the gate and [said]", "the cook struck her and [told]"), is the subject before that act: "the boss".

A speaker phrase that opens on a day or a month joined by "and" to the subject of the verb ("not paid since March and
the captain [says]", "until Friday and the agent [told]") ran back over the end of the clause before: the speaker is
the phrase after "and", "the captain".

(s38) A role given in an aside, "The landlord, called as a witness, told the court ...": the speaker is the subject
before the aside, "The landlord", not "a witness".

(s38) A phrase that ends on a pronoun, "the order they [spoke]", "the language she [speaks]", is a noun with a
relative clause whose "that" is left out: no speaker (a record's "Names appear in the order we heard them").

An age in brackets after a name ("Driver Tomas Ruiz (52) said ...") is no part of the speaker's wording, nor (s38) a
post in brackets after a titled name, as a hearing's summary record prints its speakers ("Ms. ANA RUIZ (Head of Wage
Checks, Ministry of Social Affairs and Housing) told members ..."): the speaker is the person, her name written as a name (the
record's capitals are its style), not the ministry inside the brackets. Used by
:mod:`labourlens.analyse.mentions`; examples here and in the tests are invented."""

from __future__ import annotations

import re

from labourlens.analyse.speakers import Mention, classify

__all__ = ["no_contact_relative", "subject_repair"]

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


# (s38) a titled name, then a post in brackets, closing the phrase: "Ms. ANA RUIZ (Director, Ministry of Housing)"
_TITLED_POST = re.compile(r"^\W{0,3}(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Prof|Senator|Deputy|Judge)\.?\s+[A-Z][\w'\u2019-]+"
                          r"(?:\s+[A-Z][\w'\u2019-]+){0,3})\s*\([^()\n]{2,150}\)$")


# (s38) a noun and a contact relative clause's subject: "the way he", "the language we", "the order we"
_CONTACT_RELATIVE = re.compile(r"^(?:the|a|an|this|that)\s+(?:[a-z][\w-]*\s+)?(?:order|way|manner|language|languages|time|day|"
                               r"moment|tone|words?|things?)\s+(?:they|he|she|we|I|you)$", re.IGNORECASE)


def no_contact_relative(m: Mention | None) -> Mention | None:
    """``m`` unless its wording is a noun with a contact relative clause's subject ("the way he [spoke]")."""
    return None if m is None or _CONTACT_RELATIVE.match(m.wording.rsplit(" ", 1)[0] if m.wording.endswith(
        (" spoke", " speak", " speaks", " said", " say", " says", " wrote", " write", " writes")) else m.wording) else m


# (s38) the subject before an aside giving the role in which it speaks: "The landlord, called as [a witness]"
_HEARD_AS = re.compile(r"^\W{0,3}(?P<np>(?:An?|The|One|Her|His|Their)(?:\s+[\w'\u2019-]+){1,3}),\s+(?:heard|called|appearing|"
                       r"testifying|speaking|summoned|cited)\s+as\s+$")


def subject_repair(m: Mention | None, text: str) -> Mention | None:
    """``m`` repaired (see the module doc)."""
    m = no_contact_relative(m)
    if m is not None and (aside := _HEARD_AS.match(text[:m.start])) is not None and classify(aside.group("np")):
        return Mention(aside.group("np"), aside.start("np"), aside.end("np"), m.cue, m.direct, m.relay)
    if m is not None and m.wording.endswith(")") and (post := _TITLED_POST.match(text[:m.end])) is not None:
        name = post.group("name")
        if sum(w.isupper() for w in name.split()[1:]) == len(name.split()) - 1:
            name = name.split()[0] + " " + " ".join(w.capitalize() for w in name.split()[1:])
        return Mention(name, post.start("name"), post.end("name"), m.cue, m.direct, m.relay)
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
