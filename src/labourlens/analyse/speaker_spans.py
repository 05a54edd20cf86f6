"""Speaker phrases of the right length, used by :mod:`labourlens.analyse.quote_tags` and
:mod:`labourlens.analyse.source_backrefs`:

- after a closing quotation mark, a person told apart from a group with an apposition ('"...," one of the
  cooks, a woman from Cebu, told us', '"...," one driver, a 40-year-old from Osh, said'): the person phrase
  before the apposition speaks;
- a body named together with people ("according to a cybersecurity firm and two people who ...") is the
  body (the people are an accepted reading); people named with people stay one group;
- a speaker phrase that ran over its own reporting verb into an audience and the subject of the reported
  clause ("The cooks, employed by X on Y, told inspectors they" of "... told inspectors they had asked for
  ..."): the phrase before the reporting verb speaks, with "told" as its cue.
"""

from __future__ import annotations

import re

from labourlens.analyse.saying_acts import act_subject
from labourlens.analyse.speakers import Mention, classify

__all__ = [
    "person_headed",
    "appositive_tag",
    "swallowed_verb",
    "body_and_people",
    "named_in_apposition",
    "tag_person",
    "byline_name",
    "coded_person",
    "shown_person",
    "main_over_quoted",
    "passive_hearsay",
]

_TAG_VERBS = r"said|says|told|tells|added|adds|recalled|recalls|explained|complained"
# '"...," one of the cooks, a woman from Cebu, told us.': a person, an apposition, a reporting verb
_APPOSITIVE_TAG = re.compile(
    r"[,?!.]\"\s+(?P<sp>(?:one|two|three|another|a|an|the)\s+(?:of\s+(?:the|them|those)\s+)?[^\",]{2,50}?),"
    r"\s+(?:a|an|the|who|aged|\d)[^\"]{2,100}?,\s+(?P<verb>" + _TAG_VERBS + r")\b[^\"]{0,80}$")


_CODED_TAG = re.compile(
    r"[,?!.]\"\s+(?P<sp>(?:Worker|Interviewee|Witness|Respondent|Plaintiff|Claimant|Complainant|Victim|Survivor|"
    r"Participant|Informant|Employee|Defector|Returnee)\s+(?:[A-Z]|\d{1,3}))\s+(?P<verb>" + _TAG_VERBS + r")\b[^\"]{0,120}$")


def appositive_tag(text: str) -> Mention | None:
    """ '"...," one of the cooks, a woman from Cebu, told us.': the person phrase before the apposition,
    or None when the sentence does not end so."""
    m = _APPOSITIVE_TAG.search(text) or _CODED_TAG.search(text)  # or '"...," Worker A said in a declaration'
    if m is None or classify(m.group("sp")) not in ("anonymous_source", "named_person", "official", "organization"):
        return None
    verb = m.group("verb")
    cue = "told" if verb.startswith("tel") or verb == "told" else "said"
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), cue, True)


# "The cooks, employed by X, told inspectors they": a reporting verb with its audience inside the phrase
_SWALLOWED = re.compile(
    r"^(?P<sp>.{3,150}?),?\s+(?P<verb>told|tells|informed|assured|warned)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:they|he|she|we|I|it|that)$")


# "a cybersecurity firm and two people who worked with them": a body and some people named together
_BODY_AND_PEOPLE = re.compile(
    r"^(?P<body>(?:a|an|the)\s+[^,]{2,60}?|[A-Z][^,]{2,60}?)\s+and\s+"
    r"(?P<people>(?:\d+|two|three|four|five|several|some|a|an|one|other)\b.{2,80})$")


# a person speaking for a body is one of the people, not the body: "a union official and three drivers"
_PERSON_HEAD = re.compile(r"\b(?:official|spokes(?:man|woman|person)|representative|manager|director|officer|lawyer|"
                          r"member|leader|organi[sz]er|owner|employee|worker|staffer|executive|chairman|president)$",
                          re.IGNORECASE)


def person_headed(phrase: str) -> bool:
    """Does a person head ``phrase`` ("a union official", "the plant's manager"), even one who speaks for a
    body?"""
    return _PERSON_HEAD.search(phrase.strip()) is not None


def body_and_people(m: Mention) -> Mention:
    """``m`` cut to the body when it names a body and some people together ("a cybersecurity firm and two
    people who have worked with them" -> "a cybersecurity firm"): the body is the source the annotators
    give, the people an accepted reading; ``m`` itself for other phrases (people with people stay whole)."""
    b = _BODY_AND_PEOPLE.match(m.wording) if " and " in m.wording else None
    if b is None or classify(b.group("body")) != "organization" or _PERSON_HEAD.search(b.group("body")) \
            or classify(b.group("people")) != "anonymous_source":
        return m
    body = b.group("body")
    return Mention(body, m.start, m.start + len(body), m.cue, m.direct, m.relay)


# "Court documents show that one plaintiff, identified only as "Worker A", described ...": the person inside
_SHOWN_PERSON = re.compile(
    r"\s+(?:show|shows|showed)\s+(?:that\s+)?"
    r"(?:(?:one|a|an|another|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?,\s+identified\s+(?:only\s+)?as\s+"
    r"[\"\u201c]?(?P<code>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?)[\"\u201d]?,)\s+(?:said|told|described|recalled|testified|stated)\b")


def shown_person(m: Mention, sentence_text: str) -> Mention:
    """``m`` for a document that shows a person's account ("Court documents show that one plaintiff,
    identified only as "Worker A", described ..."): the person, with the document as relay (the innermost
    source of a chain, as the gold README has it); ``m`` itself otherwise."""
    if m.cue not in ("show", "shows") or "identified" not in sentence_text:
        return m
    p = _SHOWN_PERSON.match(sentence_text, m.end)
    if p is None or classify(m.wording) != "document":
        return m
    return Mention(p.group("code"), p.start("code"), p.end("code"), "said", m.direct, relay=m.wording)


# "A guard told me the doors are chained at night, "for fire reasons, the manager says."": the main clause's
# speaker, not the one quoted inside the quotation
_MAIN_SPEAKER = re.compile(
    r"^\s*(?P<sp>(?:A|An|One|Another|The|Two|Three|Several)\s[^,\"\u201c]{2,80}?)\s+(?P<verb>told|tells|said|says)\s+"
    r"(?:(?:me|us|him|her|reporters|investigators|inspectors|researchers|the\s+\w+)\s+)?(?:that\s+)?[a-z]")


def main_over_quoted(m: Mention, sentence_text: str) -> Mention:
    """``m`` unless it stands inside a quotation of a sentence whose main clause opens with its own speaker
    ("A guard told me the doors are chained, "for fire reasons, the manager says.""): then that speaker."""
    if '"' not in sentence_text[:m.start] or sentence_text[:m.start].count('"') % 2 == 0:
        return m
    q = sentence_text.rfind('"', 0, m.start)
    if q > 0 and sentence_text[q - 1] in ",.?!" and sentence_text[q + 1:q + 2].isspace():
        return m  # '... told us the rest went home," said Worker K, 29': a quotation opened before closes here
    main = _MAIN_SPEAKER.match(sentence_text)
    if main is None or main.end("sp") > m.start or classify(main.group("sp")) not in (
            "anonymous_source", "named_person", "official", "organization"):
        return m
    cue = "told" if main.group("verb").startswith("t") else "said"
    return Mention(main.group("sp"), main.start("sp"), main.end("sp"), cue, True)


_AUX_END = re.compile(r"\s(?:are|is|was|were|been|be)$")
_END_TAG = re.compile(r",\s+(?P<sp>he|she|they|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+"
                      r"(?P<verb>said|added|says|adds)\s*\.?\s*$")


def passive_hearsay(m: Mention, sentence_text: str) -> Mention:
    """``m`` unless it is the subject of a hedge ("Dozens of other men are said to be owed pay, he added."):
    then the speaker of the tag at the end ("he"), or ``m`` when there is none."""
    if not _AUX_END.search(m.wording) or not sentence_text[m.end:].lstrip().startswith("said to"):
        return m
    tag = _END_TAG.search(sentence_text)
    if tag is None:
        return m
    return Mention(tag.group("sp"), tag.start("sp"), tag.end("sp"), "said", m.direct)


def swallowed_verb(m: Mention, sentence_text: str = "") -> Mention:
    """``m`` cut before a reporting verb it ran over ("The cooks, employed by X, told inspectors they" ->
    "The cooks, employed by X", cue "told"), or to the body of a body named with people (see
    :func:`body_and_people`); ``m`` itself when neither applies."""
    if " " not in m.wording or m.wording.split()[-1] not in ("they", "he", "she", "we", "I", "it", "that"):
        return passive_hearsay(main_over_quoted(shown_person(body_and_people(act_subject(m, sentence_text)), sentence_text),
                                                sentence_text), sentence_text) if sentence_text \
            else body_and_people(m)
    s = _SWALLOWED.match(m.wording)
    if s is None or classify(s.group("sp")) is None:
        return m
    sp = s.group("sp")
    return Mention(sp, m.start, m.start + len(sp), "told", m.direct, m.relay)


# "I met a Nepali steel fixer, Ram Gurung, who ...": the name given in apposition to a person introduced
_APPOSED_NAME = re.compile(r"^\s*,\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2})\s*(?:,|\.|$)")


def named_in_apposition(np: str, rest: str) -> str | None:
    """ "a Nepali steel fixer" + ", Ram Gurung, who ..." -> "a Nepali steel fixer, Ram Gurung": a person
    introduced by a description and named right after it, so that a later "Gurung said" and "he" are one
    person; None when no personal name follows."""
    m = _APPOSED_NAME.match(rest)
    if m is None or classify(m.group("name")) != "named_person":
        return None
    return f"{np.strip()}, {m.group('name')}"


# why someone spoke as they did: "because he feared losing his job", "for fear of reprisals", "fearing ..."
_WHY_TAIL = re.compile(r"\s+(?:because|for\s+fear|fearing|as\s+(?:he|she|they)\s|since\s+(?:he|she|they)\s|so\s+as)\b.*$",
                       re.IGNORECASE | re.DOTALL)
_REL_START = re.compile(r"\s+(?:who|whose|whom|that)\s|,", re.IGNORECASE)


_DETERMINER_CI = re.compile(r"(?i:a|an|one|another|the|two|three)\s")


def tag_person(sp: str) -> str | None:
    """The person of a tag after a quotation ('"...," said <sp>') whose description runs into a clause
    saying why they spoke so ("a forklift driver who spoke on condition of anonymity because he feared
    losing his job" -> "a forklift driver"); None when ``sp`` does not open with a person phrase."""
    if not _WHY_TAIL.search(sp):
        return None
    np = _REL_START.split(_WHY_TAIL.sub("", sp), maxsplit=1)[0].strip()
    if not np or len(np.split()) > 10 or not _DETERMINER_CI.match(np):
        return None
    return np if classify(np) in ("anonymous_source", "official", "organization") else None


_BYLINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:By|BY|Written\s+by|Words\s+by|Text\s+by|Reporting\s+by)[ \t:]*$")


def byline_name(context: str, at: int, name: str) -> bool:
    """Is the name found at offset ``at`` of ``context`` a byline's ("By Daniel Ames — 2 May", "Text by Ana
    Ruiz")? The writer of the page is never the "he" or "she" of the story."""
    if name.startswith(("By ", "BY ")) or _BYLINE_LEAD.search(context, max(0, at - 30), at) is not None:
        return True
    end = context.find("\n", at)  # "Kelly Tsang" alone on its line above "Published: 11:06am, 27 Jul 2024"
    return (at == 0 or context[at - 1] == "\n") and end != -1 and context[at:end].strip() == name \
        and _DATE_LINE.match(context, end + 1) is not None


_DATE_LINE = re.compile(r"[ \t]*(?:Published|Posted|Updated|Last\s+updated|First\s+published)\b", re.IGNORECASE)


# a person a report knows by a code: "Worker A", "Interviewee 7", "Respondent 12", "Witness B"
_CODED = re.compile(r"^(?:Worker|Interviewee|Witness|Respondent|Plaintiff|Claimant|Complainant|Victim|Survivor|"
                    r"Participant|Informant|Employee|Defector|Returnee)\s+(?:[A-Z]|\d{1,3})$")


_SPEECH_VERB = re.compile(r"\s+(?:said|says|told|tells|added|wrote|stated|recalled)\b")


def coded_person(sp: str) -> str | None:
    """The code of a person a report knows by one ("Worker A" of "Worker A said in a sworn declaration")
    in a tag after a quotation; None for other phrases."""
    head = _SPEECH_VERB.split(sp.strip(), maxsplit=1)[0].strip()
    return head if _CODED.match(head) else None
