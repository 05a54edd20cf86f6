"""How several unnamed sources of one report are told apart when the report refers back to them.

A report with several anonymous sources introduces each one by place or role ("a source in
Hunchun", "another source in Primorsky Krai, a Russian foreman", "a source in Yanji who rents flats
to the workers") and later names them by that role ("the foreman", "the landlord") or place ("the
Hunchun source"). These helpers read those introductions; :mod:`labourlens.analyse.registry` uses
them to pick the right earlier source.
"""

from __future__ import annotations

import re
from functools import cache

from labourlens import knowledge
from labourlens.analyse.client_intros import client_subject
from labourlens.analyse.gated import gated
from labourlens.analyse.kin_names import apposed_chunk, given_name_after
from labourlens.analyse.role_given_names import name_after_role
from labourlens.analyse.seen_documents import read_document, seen_document
from labourlens.analyse.sent_messages import sent_message
from labourlens.analyse.speaker_spans import named_in_apposition
from labourlens.analyse.speakers import Mention, classify, role_kind
from labourlens.analyse.testimony_labels import label_subject
from labourlens.analyse.where_speakers import where_clause_speaker
from labourlens.analyse.worker_intros import quoted_name_opening, single_name_subject

__all__ = ["AND_PEOPLE", "OTHER_SOURCE", "POSSESSIVE", "according_citing", "said_to", "coordinated_group", "counted_apposition", "first_name_given",
           "label_wording", "label_name", "titled_label", "given_name_after", "apposed_chunk",
           "introduced_roles", "later_roles", "ordinal_subject", "parenthetical_people", "people_mention",
           "protest_saying", "other_footnote", "official_apposition", "place_clause_speaker",
           "reference_place", "LATTER_FORMER", "latter_former_mention", "role_words",
           "quoted_name_opening", "single_name_subject", "subject_introduction"]

_PERSON_WORDS = (r"sources?|defectors?|researchers?|experts?|analysts?|officials?|residents?|traders?|workers?|"
                 r"activists?|insiders?|people|witnesses|informants?|businessm[ae]n|journalists?")
# "sources and a researcher", "a defector who worked there and sources in the city": two kinds of people
_COORDINATED = gated(rf"\b(?:{_PERSON_WORDS})\b[^,;]*?\band\s+(?:an?|one|two|three|four|several|other)\s+[a-z]|"
                          r"^the\s+[a-z-]+\s+and\s+(?:one|two|three|four|five|several)\s+[a-z]|"  # "The driver and two former labourers"
                          r"^(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s+and\s+(?:an?|one|two|three)\s+[a-z]|"
                          rf"\band\s+(?:[\w-]+\s+){{0,2}}(?:{_PERSON_WORDS})\b|"
                          # "a cook and a seamstress", "two workers, a welder and a cook": two people, each named again
                          r"(?:^|,\s+)an?\s+(?:[\w-]+\s+){0,2}?[a-z-]+\s+and\s+an?\s+(?:[\w-]+\s+){0,2}?[a-z-]+\s*(?:,|$)",
                          re.IGNORECASE)
# ", a Russian foreman", ", a factory official in Sinuiju", ", an elderly trader who ..."
# the joint between two people given together ("residents of X and a former manager at Y"), compiled once for
# labourlens.analyse.mentions (a pattern compiled per call can fall out of re's cache between calls)
AND_PEOPLE = re.compile(r"\s+and\s+(?=an?\s|the\s|one\s)")
_APPOSITION = re.compile(r",\s+(?:an?|one)\s+((?:[\w'\u2019-]+\s+){0,3}?)([a-z][a-z-]+)(?=\s+(?:in|at|from|near|who|"
                         r"whose|with|for|of|based)\b|\s*[,;.]|$)")
_RELATIVE = re.compile(r"\bwho\s+(?:also\s+|regularly\s+|still\s+|often\s+)?([a-z]+)\b")


@cache
def _relative_roles() -> dict[str, frozenset[str]]:
    data = knowledge.load("source_roles.yaml") or {}
    return {verb: frozenset(roles) for verb, roles in (data.get("relative_verbs") or {}).items()}


def coordinated_group(np: str) -> bool:
    """True when a speaker phrase joins two kinds of people ("sources and a researcher"): a group, never
    the single "first source" a report later goes back to."""
    return bool(_COORDINATED.search(np))


def introduced_roles(wording: str) -> frozenset[str]:
    """Role nouns by which a report may name a source again: the head of an apposition after the first
    comma ("another source, a Chinese driver who ..." -> driver) and the roles of the verb of a relative
    clause ("a source who rents flats to the workers" -> landlord, landlady, owner)."""
    roles: set[str] = set()
    m = _APPOSITION.search(wording)
    if m:
        roles.add(m.group(2).lower())
    r = _RELATIVE.search(wording)
    if r:
        roles |= _relative_roles().get(r.group(1).lower(), frozenset())
    return frozenset(roles)


# "the source, a trader who supplies boxes to the plant": a source named again by a generic noun, with a role in
# apposition ("the trader" is that source from then on)
_LATER_APPOSITION = re.compile(r"\bthe\s+(?:source|contact|insider|informant|person)s?(?=,\s+(?:an?|one)\s)")


def later_roles(said: str) -> frozenset[str]:
    """Role nouns given in apposition to a source where the report named it again by a generic noun (``said`` is
    every phrase that named the source: "a Dalian-based source ... the source, a driver who ..." -> driver)."""
    if ", " not in said or _LATER_APPOSITION.search(said) is None:  # (speed)
        return frozenset()
    roles: set[str] = set()
    for m in _LATER_APPOSITION.finditer(said):
        a = _APPOSITION.match(said, m.end())
        if a is not None:
            roles.add(a.group(2).lower())
    return frozenset(roles)


# "the other source", "the other one": of two unnamed sources, the one not heard last
OTHER_SOURCE = re.compile(r"^the\s+other(?:\s+(?:source|one|informant|contact|insider))?$")

_COUNTED_OFFICIAL = re.compile(r"^(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:official|officer|cadre|bureaucrat)\b",
                               re.IGNORECASE)


def official_apposition(rest: str) -> bool:
    """True when the apposition after "a third source," is an official ("an official in the city
    administration"): someone who speaks as an unnamed source, so the phrase keeps "source"."""
    return bool(_COUNTED_OFFICIAL.match(rest.strip()))


# "A source in Dandong, where the workers live, said ...": the clause describes the place, not the speaker
_PLACE_CLAUSE = re.compile(
    r"^\s*(?P<np>(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he)\s+[^,\"]{2,80}?\s+(?:in|from|near|at|inside)\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*),\s+(?:where|which)\s+[^,\"]{2,100},\s+(?:also\s+)?"
    r"(?:said|says|told|tells|added|adds|explained|noted|claimed|reported|continued)\b")


def place_clause_speaker(m: Mention, sentence_text: str) -> Mention:
    """The speaker without a relative clause about its place ("A source in Hunchun, where many of the
    women work, said" -> "A source in Hunchun"); ``m`` unchanged when the sentence has no such clause."""
    if " where " in m.wording and (w := where_clause_speaker(sentence_text)) is not None and w.end == m.end:
        return w  # "Inspectors visited a camp where 30 men say ...": the men
    if "; " in m.wording and classify(m.wording.rsplit("; ", 1)[1]) is not None:  # "...; one interviewee said"
        tail = m.wording.rsplit("; ", 1)[1]
        m = Mention(tail, m.end - len(tail), m.end, m.cue, m.direct, m.relay)
    pc = _PLACE_CLAUSE.match(sentence_text)
    if pc is None or m.start >= pc.end():
        return first_name_given(m, sentence_text)
    return Mention(pc.group("np"), pc.start("np"), pc.end("np"), m.cue, m.direct, m.relay)


_PLACED_REFERENCE = re.compile(r"^[Tt]he\s+(?:source|informant|contact|insider|resident|trader)\s+(?:in|from|inside|near)\s+"
                               r"(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})$")


# "the informant at the inspectorate", "the contact inside the factory": the body's common noun, met before in a fuller name
_BODY_REFERENCE = re.compile(r"^[Tt]he\s+(?:source|informant|contact|insider)\s+(?:in|at|inside|within)\s+the\s+"
                             r"(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]{3,})$")


def reference_place(np: str) -> str | None:
    """The place of a definite reference back to a source by where it is ("the source in South Pyongan",
    "the trader from Hunchun"), lower-cased; for "the informant at the inspectorate", the body's noun ("inspectorate");
    None for other phrases."""
    m = _PLACED_REFERENCE.match(np.strip()) or _BODY_REFERENCE.match(np.strip())
    return m.group(1).lower() if m else None


LATTER_FORMER = re.compile(r"^the\s+(latter|former)$")
_LATTER_FORMER_SAID = re.compile(r"^\s*(?P<np>[Tt]he\s+(?:latter|former)|[Tt]he\s+other,\s+(?:who|whose)\s+[^,;:\"]{2,80}(?=,))"
                                 r",?\s+(?:also\s+)?(?P<cue>said|says|told|tells|added|adds|"
                                 r"explained|noted|continued|claimed|described|recalled)\b")


def latter_former_mention(sentence_text: str) -> Mention | None:
    """ "The latter said ...", "The former added ...", "The other, who sells diesel to the farm, said ...": one
    of the two sources just introduced."""
    m = _LATTER_FORMER_SAID.match(sentence_text)
    if m is None:
        return None
    return Mention(m.group("np"), m.start("np"), m.end("np"), m.group("cue"))


# titles that stand for a role noun a later reference uses ("Dr. Mira Sen" ... "the doctor")
_TITLE_ROLES = {"dr": "doctor", "prof": "professor", "rep": "lawmaker", "sen": "senator", "gen": "general",
                "col": "colonel", "lt": "lieutenant", "insp": "inspector", "det": "detective", "sgt": "sergeant",
                "amb": "ambassador", "gov": "governor", "rev": "pastor", "fr": "priest", "supt": "superintendent"}


_LOWER_LETTERS = re.compile(r"[a-z]+")


def role_words(wording: str) -> list[str]:
    """The lower-case words of a speaker's wording, with the role nouns its titles stand for."""
    words = _LOWER_LETTERS.findall(wording.lower())
    return words + [_TITLE_ROLES[w] for w in words if w in _TITLE_ROLES]


@cache
def _given_names() -> dict[str, str]:
    data = knowledge.load("given_names.yaml")
    out = {str(n).lower(): "male" for n in data.get("male") or []}
    out.update({str(n).lower(): "female" for n in data.get("female") or []})
    return out


_DETERMINER_CI = re.compile(r"(?i)(?:the|an?|her|his|their|its)\s")


def name_gender(wording: str | None) -> str:
    """ "female" / "male" from the given name that opens a person's name ("Maria Lopez, a seamstress"),
    "" when the phrase opens with no known given name."""
    if not wording:
        return ""
    chunks = wording.split(",")
    if len(chunks) > 1 and _DETERMINER_CI.match(chunks[0].strip()):
        chunks = chunks[1:]  # "Her colleague, Pedro Alves": the name given in apposition
    first = chunks[0].split()
    if len(first) < 2 or not first[0][:1].isupper():
        return ""
    return _given_names().get(first[0].lower(), "")


def given_name_gender(word: str) -> str:
    """ "female" / "male" for a capitalised given name on its own ("Amina"), "" otherwise."""
    return _given_names().get(word.lower(), "") if word[:1].isupper() else ""


# "a second person", "another source", "one more contact": a source counted but not yet described
_COUNTED_BARE = re.compile(r"^(?:a|an|one|another)\s+(?:(?:second|third|fourth|fifth|other|further|new|different|more)\s+)?"
                           r"(?:person|source|witness|informant|interviewee|contact|insider)$", re.IGNORECASE)
# ", a truck driver who collects boxes from the plant, by phone.": the description in apposition
_APPOSED_ROLE = re.compile(r"^\s*,\s+(?P<role>(?:an?|one)\s+[^,;:.\"()]{2,90}?)\s*(?:,|\.|;|$)")


def counted_apposition(np: str, rest: str) -> str:
    """A counted source with the description after it ("a second person" + ", a truck driver who collects
    boxes, by phone." -> "a second person, a truck driver who collects boxes"); ``np`` unchanged when it
    is already described or nothing is in apposition; a person named in apposition keeps the name ("a
    Nepali steel fixer" + ", Ram Gurung, who ..." -> "a Nepali steel fixer, Ram Gurung")."""
    if not _COUNTED_BARE.match(np.strip()):
        return named_in_apposition(np, rest) or np
    m = _APPOSED_ROLE.match(rest)
    return f"{np.strip()}, {m.group('role').strip()}" if m else np


# a note marker: "[2]", "[footnote 212]", a closing "(2)"
_NOTE = re.compile(r"\[(?:footnote\s+|note\s+|fn\.?\s*)?(\d{1,3})\]|\((\d{1,2})\)\s*$", re.IGNORECASE)


def other_footnote(before: str, sentence: str) -> bool:
    """True when two sentences each cite their own note and the notes differ ("... to exports[1]. Five of
    these factories advertised ...[2]"): the second has a source of its own, so the first one's does not
    carry on to it."""
    notes = {a or b for a, b in _NOTE.findall(sentence)}
    earlier = {a or b for a, b in _NOTE.findall(before)}
    return bool(notes) and bool(earlier) and notes.isdisjoint(earlier)


# "According to the centre, citing two Nepali workers on the same site, the crew ...": the ones cited
# and at the end: "..., according to a report by Yonhap, which cited a source in Yanji."
_ACCORDING_CITING = re.compile(r"\s*,\s*(?:(?:which|who|that)\s+(?:had\s+|has\s+)?(?=cited|quoted))?(?:citing|quoting|cited|quoted)\s+"
                               r"(?P<sp>(?:an?|one|two|three|four|five|several|some|its|their|the|\d+)\s[^,;:\"]{2,80}?)"
                               r"\s*(?:,|\.?\s*$)")


# "According to Kang, the NIS told the committee that ...": a body that briefed a forum, reported by the one cited
_ACCORDING_BRIEFED = re.compile(
    r",\s+(?P<sp>(?:the|its|(?-i:[A-Z]))[^,;:\"]{1,60}?)\s+(?:had\s+|has\s+)?told\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:committee|panel|hearing|parliament|assembly|lawmakers|legislators|MPs|senators|reporters|journalists|briefing|"
    r"inquiry)\b", re.IGNORECASE)


def according_citing(text: str, end: int, relay: str) -> Mention | None:
    """ "According to X, citing Y, ...": Y speaks (the innermost source) and X relays it; so does a state body or
    organisation that X reports told a committee, a hearing or reporters ("According to Kang, the NIS told the
    committee that ..."); None when the phrase after the one cited is neither or Y is no speaker."""
    m = _ACCORDING_CITING.match(text, end)
    if m is not None and classify(m.group("sp")) is not None:
        return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "according to", False, relay=relay)
    m = _ACCORDING_BRIEFED.match(text, end) if "told" in text else None
    if m is None or classify(m.group("sp")) not in ("official", "organization"):
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), "told", False, relay=relay)


# "The second man, younger and more nervous, asked ...", "The third woman who spoke to us is ...": the subject
_ORDINAL_SUBJECT = re.compile(r"^(?P<np>[Tt]he\s+(?:second|third|fourth|fifth)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}?"
                              r"[a-z][\w'\u2019-]*)(?=\s*,|\s+(?:who|asked|is|was|has|had|did|declined|requested|"
                              r"spoke|talked|agreed|refused|lives|lived|works|worked|came|arrived|left)\b)")


def ordinal_subject(text: str) -> re.Match[str] | None:
    """A person the sentence introduces by an ordinal without quoting them yet ("The second man, younger,
    asked not to be named."): the match (group ``np``), so that a later "he said" is that person and not
    the first one; None for "The second factory ..." and other sentences."""
    m = _ORDINAL_SUBJECT.match(text)
    return m if m is not None and classify(m.group("np")) == "anonymous_source" else None


def subject_introduction(text: str) -> re.Match[str] | None:
    """A person the sentence opens with before they speak: by an ordinal ("The second man, younger, asked
    not to be named.") or by one name with an age or a trade ("Rustam, a 29-year-old welder, keeps ..."), or by a
    report's label ("Worker A, a welder, spent three years in Russia.")."""
    return ordinal_subject(text) or single_name_subject(text) or label_subject(text) or client_subject(text)


# "a worker from Osh who gave only his first name, Azamat": the name given is the speaker
_FIRST_NAME_GIVEN = re.compile(
    r"\s*,?\s+who\s+(?:gave|gives|would\s+(?:only\s+)?give|offered|shared|provided)\s+(?:only\s+)?(?:his|her)\s+"
    r"(?:first\s+|given\s+|family\s+|sur)?name(?:\s+only)?(?:\s+as)?\s*,?\s+[\"\u201c]?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")


# "A manager there, who would only give his first name, Oleg": the whole phrase, read when the name was taken alone
_NAME_GIVEN_BEFORE = re.compile(
    r"(?:(?<=^)|(?<=[.;:]\s))(?:A|An|One|The)\s+[^,.;\"\u201c]{2,60},\s+who\s+(?:gave|gives|would\s+(?:only\s+)?give|offered|"
    r"shared|provided)\s+(?:only\s+)?(?:his|her)\s+(?:first\s+|given\s+|family\s+|sur)?name(?:\s+only)?(?:\s+as)?\s*,?\s+"
    r"[\"\u201c]?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?$")


_WHO_GAVE = re.compile(r"\s*,?\s+who\s+(?:gave|gives|would\s+(?:only\s+)?give|offered|shared|provided)\b.*$")


def first_name_given(m: Mention, sentence_text: str) -> Mention:
    """The name a source gave, when the speaker phrase is followed (or ended) by "who gave only his first
    name, X" ("said a worker from Osh who gave only his first name, Azamat"; "According to a driver,
    who gave only his first name, Pavel, ..."): a named person from now on; ``m`` unchanged otherwise."""
    m = name_after_role(m, sentence_text)  # "said one of the men, Andi, who asked ..." (labourlens.analyse.role_given_names)
    if " name" not in sentence_text:
        return m
    lead = _NAME_GIVEN_BEFORE.search(sentence_text[:m.end]) if m.end - m.start == len(m.wording) else None
    if lead is not None and lead.end() == m.end and classify(lead.group(0)) == "organization":
        return Mention(lead.group(0), lead.start(), m.end, m.cue, m.direct, m.relay)  # a firm's manager who gave a name
    wording = _WHO_GAVE.sub("", m.wording)
    at = sentence_text.find(wording, max(0, m.start - 2))
    g = _FIRST_NAME_GIVEN.match(sentence_text, at + len(wording)) if wording and at >= 0 else None
    if g is None or classify(g.group("name")) != "named_person":
        return m
    if at >= 0 and classify(whole := sentence_text[at:g.end("name")]) == "organization":
        return Mention(whole, at, g.end("name"), m.cue, m.direct, m.relay)  # a firm's manager who gave a name
    return Mention(g.group("name"), g.start("name"), g.end("name"), m.cue, m.direct, m.relay)


# "a hostel in which, local residents say, the men lived": people named between commas, with no determiner
_PARENTHETICAL_PEOPLE = re.compile(
    r",\s+(?P<np>they|(?:(?:local|some|many|several|other|two|three|neighbouring|nearby|former)\s+)?[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?s)\s+(?P<verb>say|said|claim|claimed|recall|recalled|report|reported)\s*,\s+\S")


def parenthetical_people(sentence_text: str) -> Mention | None:
    """People named in a parenthetical "..., residents say, ..." (the sentence's speakers, so that its
    claim is theirs and not the writer's); None when the sentence has no such clause or its words name no
    people ("..., reports say, ...")."""
    m = _PARENTHETICAL_PEOPLE.search(sentence_text) if ", " in sentence_text else None
    if m is None or m.group("np") != "they" and classify(m.group("np")) != "anonymous_source":
        return None  # "they": the group heard last ("Instead, they say, they were placed as maids")
    return Mention(m.group("np"), m.start("np"), m.end("np"), "said", False)


# "About forty builders from Uzbekistan stopped work on Monday ..., saying they had not been paid": the group
_PROTESTERS = (
    r"(?P<np>(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|over|dozens\s+of|hundreds\s+of|"
    r"several|a\s+group\s+of|a\s+crowd\s+of)\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:workers|builders|labou?rers|men|women|"
    r"employees|welders|migrants|drivers|residents|miners|sailors|fishermen|seamstresses|cooks|staff|claimants|cleaners|"
    r"guards|riders|sorters|loaders|maids|deckhands)"
    r"(?:\s+(?:from|in|at|on|of)\s+[^,;:\"]{2,60}?)?)")
_PROTESTED = (r"(?:(?:have|has|had)\s+)?(?:stopped|went|staged|protested|gathered|walked|downed|refused|blocked|marched|"
              r"rallied|demonstrated|struck|occupied|camped|raised|voiced|lodged|filed|petitioned|appealed|came|sought|"
              r"approached|visited|arrived)\b")  # "... came to the editorial office", "... sought payment of wages"
# "..., saying they had not been paid"; "... over what they said were four months of unpaid wages"
_PROTEST_SAYING = re.compile(
    rf"^{_PROTESTERS}(?:,\s+[^,;:\"]{{2,80}},)?\s+{_PROTESTED}[^\"]{{0,160}}?(?:,\s+(?:saying|complaining|claiming|alleging)\s+|"
    r"\s+(?:over|about|against)\s+what\s+they\s+(?:said|say|called|call|described\s+as)\b)", re.IGNORECASE)


def protest_saying(sentence_text: str) -> Mention | None:
    """A group that protests "..., saying ..." speaks what follows ("Thirty welders stopped work at the
    yard, saying they had not been paid since May"); None for other sentences."""
    m = _PROTEST_SAYING.match(sentence_text) if "ing " in sentence_text or " what they " in sentence_text else None
    if m is None or classify(m.group("np")) != "anonymous_source":
        return None
    return Mention(m.group("np"), m.start("np"), m.end("np"), "said", False)


# "Yesterday morning more than 80 workers, most of them from Guizhou, gathered at the gate ...": a group met, the
# antecedent of a later "They said"
_PROTEST_GROUP = re.compile(
    r"^(?:(?:Yesterday|Today|Earlier|On\s+[A-Z]\w+|Last\s+\w+)(?:\s+(?:morning|afternoon|evening|night))?,?\s+)?"
    rf"{_PROTESTERS}(?:,\s+[^;:\"]{{2,200}}?,)?\s+{_PROTESTED}", re.IGNORECASE)


def protest_group(sentence_text: str) -> tuple[str, int] | None:
    """A group of workers who gather or protest, as the sentence's subject: ``(speaker phrase, offset)``."""
    m = _PROTEST_GROUP.match(sentence_text) if " " in sentence_text else None
    if m is None or classify(m.group("np")) != "anonymous_source":
        return None
    return m.group("np"), m.start("np")


def people_mention(sentence_text: str) -> Mention | None:
    """People who speak a sentence without a reporting verb of their own: a parenthetical ("..., residents
    say, ...") or a protest "..., saying ..."; not a "they say" inside a sentence that is one quotation from end
    to end ('"The rest, they say, is for the party."': the hearsay of the one quoted)."""
    body = sentence_text.strip().replace("\u201c", '"').replace("\u201d", '"')
    if body.count('"') == 2 and body.startswith('"') and body.rstrip(".!?").endswith('"'):
        return None
    return parenthetical_people(sentence_text) or protest_saying(sentence_text) or where_clause_speaker(sentence_text) \
        or sent_message(sentence_text) or seen_document(sentence_text) or read_document(sentence_text)  # "One of them sent us a letter.": the sender


# "said to our correspondent that", "said to reporters on Friday that", "said to Radio Kolyma that": the one told,
# then what was said; never "said to be", "said to have" (a hedge) nor "said to the workers to leave" (an order)
_HEDGE_VERBS = ("be|have|number|total|include|work|earn|live|come|owe|hold|keep|make|pay|face|stand|exist|involve|"
                "employ|house|account|contain|run|control|remain|receive|owe|originate|belong|number|cost|range")
_SAID_TO_AUDIENCE = re.compile(
    rf"to\s+(?!(?:{_HEDGE_VERBS})\b)(?:[\w'\u2019.-]+\s+){{1,4}}?"
    r"(?:(?:on|in|at|by|over|last|this|earlier|later)\s+[\w\s]{1,30}?)?,?\s*that\b"
    # (s40) or a listener given by a pronoun before the words quoted: 'a cook from Lviv said to us, "They keep ..."'
    r"|to\s+(?:me|us)\s*[,:]\s*[\"\u201c]", re.IGNORECASE)


_PEOPLE_TOLD = re.compile(r"to\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:workers?|men|women|"
                          r"labou?rers?|crews?|employees|staff|them|him|her|recruits|trainees|girls|boys)\b", re.IGNORECASE)


# a possessive opening a bracketed note ("[Editor's notes ...]", "[The translator's note: ..."): a noun follows it,
# never a speaker's verb
POSSESSIVE = re.compile(r"\[(?:the\s+|a\s+|an\s+|our\s+)?[\w-]+['\u2019]s")
# "told that the crew ...", "told that they ...": a clause after "that" (not "told that story")
_TOLD_THAT = re.compile(r"that\s+(?:the|a|an|he|she|they|it|we|i|you|there|his|her|their|its|our|no|none|nobody|some|"
                        r"most|all|each|every|many|several|only|about|more|\d)\b", re.IGNORECASE)


def said_to(verb: str, after: str) -> bool:
    """Does "<verb> to ..." (``after`` is the text after the verb, lowercased or not) name whom a report was
    given before "that" ("said to our correspondent that ...")? Then the subject before the verb speaks."""
    if verb.lower() in ("told", "tells") and _PEOPLE_TOLD.match(after):
        return False  # "told to the workers that they ...": what the workers were told, not a report to the press
    if verb.lower() == "told" and _TOLD_THAT.match(after):
        return True  # "A driver told that the crew ...": a translation's "told" with no listener, a report all the same
    return verb.lower() in ("said", "says", "say", "explained", "complained", "confided", "admitted", "wrote", "writes",
                            "replied", "stated", "confirmed", "insisted", "declared", "told", "tells") and bool(  # "told to the paper that"
        _SAID_TO_AUDIENCE.match(after))


# "information provided to the Team by a Member State", "details supplied by the embassy": the one who gave it
_PROVIDED_BY = re.compile(r"^(?:the\s+)?(?:information|details|data|figures|statistics|evidence|documents|records)\s+"
                          r"(?:provided|supplied|given|shared|submitted|passed\s+on)(?:\s+to\s+[^,;:]{1,40}?)?\s+by\s+"
                          r"(?P<by>(?:an?|the|one|another|its|[A-Z])[^,;:]{1,80})$", re.IGNORECASE)


def provided_by(phrase: str) -> tuple[str, int] | None:
    """The giver in an according-to phrase about information given ("information provided to the Team by a Member
    State"): ``(speaker phrase, offset in the phrase)``, when it names a body or a person; None otherwise."""
    m = _PROVIDED_BY.match(phrase.strip()) if " by " in phrase else None
    if m is None or classify(m.group("by")) not in ("official", "organization", "named_person", "anonymous_source", "outlet"):
        return None
    return m.group("by"), m.start("by") + (len(phrase) - len(phrase.lstrip()))


# (s34) "the owner wrote 40 hours on every pay slip": a figure written on a record
_WRITES_DOWN = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:writes|wrote|write|writing|has\s+written|had\s+written)\s+(?:(?:down|off|up)\b|"
                          r"(?:only\s+|just\s+)?\d[\d,.]*\s+(?:[a-z]+\s+){0,2}(?:on|in|into|onto)\s+(?:the|every|each|his|her|their|our|my)\b)")


def writes_down(m: Mention, text: str) -> bool:
    """Is the "report" a record kept ("the brigadier writes down fewer hours", "wrote off the debt"), no report?"""
    return m.cue == "write" and _WRITES_DOWN.match(text, m.end) is not None


_SMALL_WORDS = re.compile(r"(?<=\s)(?:Of|For|The)(?=\s)")


def label_wording(label: str) -> str:
    """A label in capitals as a speaker is worded: "LEE MIN-HO" -> "Lee Min-Ho", "MINISTER OF LABOUR ANA RUIZ" ->
    "Minister of Labour Ana Ruiz"."""
    return _SMALL_WORDS.sub(lambda w: w.group().lower(), label.title())


def titled_label(wording: str) -> bool:
    """ "Deputy Governor Ana Ruiz" (a label in capitals, title-cased): a state post before a person's name of two or
    three words, one label of four or five words."""
    words = wording.split()
    longest = 7 if "of" in words or "for" in words else 5  # (s34) "Deputy Minister of Labour Ana Ruiz"
    if 3 <= len(words) <= 4 and _RANK_BEFORE_SURNAME.match(words[-2]) and _SURNAME.match(words[-1]) \
            and classify(" ".join(words[:-1])) == "official":
        return True  # (s40) "Vice Minister Kwon", "Deputy Minister Voss": the rank and the surname, a named label shortened
    # ((s396) or a state rank written short, "Usec. Ana Cruz", "Usec. Cruz": the abbreviation read as its rank)
    short = words[0].endswith(".") and role_kind(words[0][:-1]) == "official"
    return (2 if short else 3) <= len(words) <= longest and (short or classify(wording) == "official") and any(
        classify(" ".join(words[-k:])) == "named_person" and (classify(" ".join(words[:-k])) == "official" or (
            short and k == len(words) - 1)) for k in ((1, 2, 3) if short else (2, 3)))


def label_name(wording: str, label: str, kind: str | None) -> bool:
    """A label in capitals that names its speaker beyond a plain name of two or three words: a titled one (see
    :func:`titled_label`) or (s48) a person's name of four words, often with a particle ("ANA DOS REIS LIMA:"), with
    no courtesy title (a "MR." with three names opens a turn the label rules do not carry on)."""
    return titled_label(wording) or kind == "named_person" and len(label.split()) == len(wording.replace("-", " ").split()) == 4 \
        and _COURTESY.match(wording) is None


_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?\s")


# a rank that stands before a person's surname in a record's shortened label ("VICE MINISTER KWON:")
_RANK_BEFORE_SURNAME = re.compile(r"(?:Minister|Secretary|Governor|Senator|Ambassador|Commissioner|Mayor|Director|Prosecutor)$")
# the surname: one name of at least three letters that is no word of a post, a body or a turn ("General", "Office")
_SURNAME = re.compile(r"(?!(?:General|Office|Ministry|Department|Bureau|Response|Statement|Reply|Answer|Question|"
                      r"Speaker|Chair|Adviser|Advisor|Spokesman|Spokeswoman|Spokesperson)$)[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?$")
