"""A pronoun set off inside the sentence of the person it stands for: "Faith Odhiambo flew home in May
with, she says, five months of wages still owed to her." The sentence opens with the person's name and
the speech verb comes as an aside (", she says,"), so "she" is that person, not someone named before or
after (used by :mod:`labourlens.analyse.attribution`). A name of the other gender ("Peter Ouma ..., she
says,") or a subject that is no person's name ("Kenya", "Amur Stroy") leaves the pronoun to the other
rules.

Two more shapes name the person in the sentence before the pronoun: the subject given in apposition to a role
("The third woman, Hwang Mi-ok, 39, left because, she said, ...") and a name in a fronted clause of time or cause
whose main clause opens on the pronoun ("When Pak Su-ryon (a pseudonym) left Hyesan in 2018, she believed ..."),
and an unnamed person's learning before the aside ("The cook had learned, she said, that ...").

A body that opens its own sentence with "said that" under a trailing tag of the one who relays it
(:func:`opening_over_tag`): "The agency also said that the workers are barred from leaving, Rep. Hwang said.": the sentence opens on what a
state body or a company said and ends on the person, outlet or agency that passed it on. In a chain the source
cited speaks and the one citing it relays (main README, Attribution), so the body is the speaker and the tag its
relay. Only a state body or an organisation opening the sentence with a reporting verb and "that" qualifies; a
person or an unnamed source at the start ("A worker said that ..., the union said") stays with the tag, as does a
sentence that opens on anything else. Examples are invented."""

from __future__ import annotations

import re

from labourlens.analyse.pronoun_names import apposed_subject
from labourlens.analyse.sentences import dateline_end
from labourlens.analyse.source_refs import name_gender
from labourlens.analyse.speakers import Mention, classify

__all__ = ["interjected_subject", "opening_over_tag"]

# the sentence's subject: a personal name of two or three words, then a verb in lower case
_SUBJECT = re.compile(r"^\s*(?P<name>[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?){1,2})"
                      r"\s+(?!(?:said|says|told|tells|added|and|or|of|women|men|workers|migrants|nationals|girls|boys|people|"
                      r"families|staff|employees|maids|nannies|crews?)\b)(?P<verb>[a-z])")
# ", she says," ", he said,": the speech verb as an aside
_ASIDE = re.compile(r",\s*$")
_WORD = re.compile(r"[\w'\u2019-]+")
_ASIDE_AFTER = re.compile(r"\s+(?:says|said|recalls|recalled|claims|claimed),")
# an unnamed person who already speaks in the sentence: "A technician from Kerala, who showed us his payslip, said the
# company had deducted 600 dirhams for days when, he said, the bus never came"
# "When Pak Su-ryon (a pseudonym) left Hyesan in 2018, " before "she believed": the fronted clause's subject
_FRONTED = re.compile(r"^\s*(?:When|After|Before|Although|Though|Because|Since|Until|Once|While)\s+"
                      r"(?P<name>[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z]+)?){1,2})"
                      r"(?:\s*\([^()]{1,40}\))?\s+[a-z][^,;:\"\u201c\u201d]{3,160},\s*$")
# "The prosecutor asked the court to ..., which, she said, ...": a singular role that acts in court or in writing
_ROLE_SUBJECT = re.compile(r"^\s*(?P<np>The\s+(?:[a-z-]+\s+){0,2}?[a-z-]*[a-rt-z])\s+(?:also\s+)?(?:asked|argued|requested|"
                           r"urged|submitted|presented|cited|filed|produced|tabled|pointed\s+to|referred\s+to|read\s+out)\b")
# (s37) "The cook had learned, she said, that ...": an unnamed person's hearing or knowing, then the aside
_HEARD_SUBJECT = re.compile(r"^\s*(?P<np>The\s+(?:[a-z-]+\s+){0,2}?[a-z-]*[a-rt-z])\s+(?:had\s+|has\s+|also\s+|later\s+){0,2}"
                            r"(?:heard|learned|learnt|understood|believed|believes|knew|knows|recalled|remembered|"
                            r"remembers|thought|thinks|been\s+told|was\s+told)\s*,\s*$")
_SAID_SUBJECT = re.compile(r"^\s*(?P<np>(?:A|An|One|Another)\s+[a-z][^\"\u201c\u201d.;:]{2,120}?),?\s+(?:said|says|told|tells)\b")


def interjected_subject(m: Mention, sentence_text: str) -> Mention:
    """``m`` with the sentence's subject name when ``m`` is "he" or "she" in an aside of that sentence, or with the
    unnamed person who already said the sentence's words ("A technician ... said ... when, he said, ...")."""
    low = m.wording.lower()
    if low not in ("he", "she") or m.start < 10:
        return m
    before = sentence_text[:m.start]
    before = before[dateline_end(before):]  # "ACCRA — Ama Boateng left with, she says, ...": the lede's subject
    if (fronted := _FRONTED.match(before)) is not None and _fits(fronted.group("name"), low):
        return Mention(fronted.group("name"), m.start, m.end, m.cue, m.direct, m.relay)
    if not _ASIDE.search(before) or not _ASIDE_AFTER.match(sentence_text, m.end):
        return m
    if (apposed := apposed_subject(before, low)) is not None:  # "The third woman, Hwang Mi-ok, 39, ..., she said,"
        return Mention(apposed, m.start, m.end, m.cue, m.direct, m.relay)
    role = _ROLE_SUBJECT.match(before)
    if role is not None and classify(role.group("np")) in ("official", "anonymous_source"):
        return Mention(role.group("np"), m.start, m.end, m.cue, m.direct, m.relay)
    heard = _HEARD_SUBJECT.match(before)
    if heard is not None and classify(heard.group("np")) == "anonymous_source":
        return Mention(heard.group("np"), m.start, m.end, m.cue, m.direct, m.relay)
    said = _SAID_SUBJECT.match(before)
    if said is not None:  # the person who speaks in the sentence, not someone named before it
        return Mention(said.group("np"), m.start, m.end, m.cue, m.direct, m.relay)
    subj = _SUBJECT.match(before)
    if subj is None:
        return m
    if len(_WORD.findall(before[subj.start("verb"):])) < 3:
        return m  # "Sierra Leonean women, she said, were told ...": a group, then the aside, not a person's predicate
    name = subj.group("name")
    return Mention(name, m.start, m.end, m.cue, m.direct, m.relay) if _fits(name, low) else m


def _fits(name: str, pronoun: str) -> bool:
    """``name`` is a person's name and not one of the other sex than ``pronoun`` says."""
    if classify(name) != "named_person":
        return False
    gender = name_gender(name)
    return not gender or gender == ("female" if pronoun == "she" else "male")


_OPENING = re.compile(r"^\s*(?P<sp>(?:The|Its|An?)\s[^,;:\"\u201c\u201d]{1,60}?)\s+(?:also\s+|further\s+|had\s+|has\s+){0,2}"
                      r"(?P<verb>said|stated|reported|estimated|assessed|concluded|believes|believed)\s+that\b")
_TAG_CUES = frozenset(("said", "report", "told", "says", "added"))


def opening_over_tag(m: Mention, text: str) -> Mention:
    """``m`` (a trailing tag) turned into the relay of the body the sentence opens with, when that body said it."""
    if m.start < len(text) // 2 or m.cue not in _TAG_CUES or " that " not in text:
        return m
    opening = _OPENING.match(text)
    if opening is None or opening.end() > m.start:
        return m
    sp = opening.group("sp")
    if classify(sp) not in ("official", "organization") or classify(m.wording) not in ("named_person", "outlet", "official"):
        return m
    return Mention(sp, opening.start("sp"), opening.end("sp"), opening.group("verb"), False, relay=m.wording)
