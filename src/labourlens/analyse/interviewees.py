"""Who speaks in interviews and transcripts when the lines do not say it in full, used by
:mod:`labourlens.analyse.attribution`: a person known by one pseudonymous name ("Choe (not his real
name) spent ...", 'Interview with "Mira" (a pseudonym)'), a role label named once and later used alone
("GUEST (Ana Ruiz): ..." then "GUEST: ..."), a title and surname label after the full name was given
("DR LIND:" after "Dr Karin Lind of ..."), and labels that name an unnamed person by what they are
("RESIDENT: ..."), and tags that open a line before what is said (:func:`opening_mention`: a social-media
handle, "@crane_op_vl: The crew ...", or "said" put first, 'Said one buyer, who ...: "..."').
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from labourlens import knowledge
from labourlens.analyse.briefer_heads import BRIEFER_HEAD, briefer_wording
from labourlens.analyse.call_ins import caller_name, described_caller
from labourlens.analyse.interview_turns import earlier_answerer, speaks_for_others
from labourlens.analyse.label_credits import credited_name
from labourlens.analyse.own_answers import firm_respondent, salutation
from labourlens.analyse.roster_guests import GUEST_HEAD, guest_named
from labourlens.analyse.source_names import fuller_name
from labourlens.analyse.speakers import NAME_WORD, Mention, classify
from labourlens.analyse.testimony_labels import coded_label, label_line, label_wording
from labourlens.analyse.voice_labels import tape_label, voice_of
from labourlens.model import Sentence, Source

__all__ = [
    "counterpart_teller",
    "told_the_witness",
    "pseudonym_intro",
    "interviewee_name",
    "interviewee_at",
    "lede_subject",
    "intro_person",
    "role_label_names",
    "person_label",
    "titled_full_name",
    "relabel",
    "initials_name",
    "handle_label",
    "handle_mention",
    "opening_mention",
    "bold_question_paragraphs",
    "answer_turn",
    "spoke_before",
    "label_person",
]

_NAME_WORD = rf"(?:{NAME_WORD})"
_NAME = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"


@lru_cache(maxsize=8)
def _words(key: str) -> frozenset[str]:
    data = knowledge.load("reporting_verbs.yaml")
    words = data.get(key) if isinstance(data, dict) else None
    return frozenset(str(w).lower() for w in words) if isinstance(words, list) else frozenset()


@lru_cache(maxsize=1)
def _pseudonym_re() -> re.Pattern[str]:
    notes = sorted(_words("pseudonym_notes"), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in notes) or "(?!)"
    return re.compile(
        rf"(?<![\w'\u2019-])[\"\u201c]?(?P<name>{_NAME})[\"\u201d]?\s*\((?:(?:which\s+is\s+|is\s+)?(?:{alts}))"
        r"[^)]{0,40}\)")


_GENERIC_FIRST = frozenset("the a an this that our their his her its we they he she it in on at".split())


def pseudonym_intro(text: str) -> tuple[str, int] | None:
    """A person given a pseudonym in the sentence ("Choe (not his real name) worked ...", 'Interview
    with "Mira" (a pseudonym), who ...'): ``(name, offset)``."""
    if "(" not in text:
        return None
    m = _pseudonym_re().search(text)
    if m is None or m.group("name").split()[0].lower() in _GENERIC_FIRST:
        return None
    return m.group("name"), m.start("name")


_WITH = re.compile(
    rf"(?:\b(?:[Ii]nterview(?:ed)?|[Cc]onversation|Q&A|[Ii]n\s+conversation)\s+with|"
    rf"\b[Qq]uestions[ \t]+(?:for|to)|"
    rf"^[ \t]*(?:INTERVIEW|Interview|Q&A)[ \t]*:)"
    rf"\s+[\"\u201c]?(?P<name>{_NAME})[\"\u201d]?"
    r"(?=[\s,.:;(\"\u201d]|$)", re.MULTILINE)  # "Interview: Halima Osei" on a line of its own, too


# the person the reporter says they spoke to: "We spoke to Ana Ruiz of the group ...", "I talked with Dr Lind"
_SPOKE_WITH = re.compile(
    rf"\b(?:[Ss]poke|[Ss]poken|[Tt]alked|[Ss]peak|[Tt]alk)[ \t]+(?:to|with)[ \t]+(?P<name>{_NAME})(?=[\s,.:;(]|$)")


# a name the writer gives: "a bricklayer we will call Han", "identified here by the pseudonym Song"
_CALLED = re.compile(
    r"\b(?:we\s+(?:will|shall|'ll)\s+call|we\s+call|whom\s+we\s+(?:will\s+)?call|"
    r"asked\s+(?:us|me)\s+to\s+call\s+(?:him|her)|referred\s+to\s+here\s+as|"
    r"known\s+here\s+as|called\s+here|identified\s+(?:here\s+|only\s+)*(?:as|by\s+the\s+(?:pseudonym|name|alias))|"
    r"(?:given|using|under)\s+the\s+(?:pseudonym|alias|name)|who\s+goes\s+by(?:\s+the\s+name)?)"
    rf"\s+[\"\u201c]?(?P<name>{_NAME})[\"\u201d]?(?=[\s,.:;)\"\u201d]|$)")


# the witness of a hearing record: "WITNESS: PAK SUNG-MIN, former fitter", "Testimony of Ana Ruiz", "ANA RUIZ, sworn"
_CAPS_NAME = r"[A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+){1,2}"
_WITNESS_HEAD = re.compile(
    rf"^[ \t]*(?:(?:WITNESS|Witness|DEPONENT|Deponent)[ \t]*:[ \t]*|(?:TESTIMONY|Testimony)[ \t]+(?:OF|of)[ \t]+)"
    rf"(?P<name>{_CAPS_NAME}|{_NAME})(?=[\s,.:;(]|$)"
    rf"|^[ \t]*(?P<sworn>{_CAPS_NAME}|{_NAME}),[ \t]+(?:having[ \t]+been[ \t]+)?(?:first[ \t]+)?(?:duly[ \t]+)?sworn",
    re.MULTILINE)


# a press conference's heading names the one who answers: "Foreign Ministry Spokesperson's Regular Press
# Conference", "Press briefing by the Ministry of Labour spokesman", "Daily briefing of the Interior Ministry spokeswoman"
_SPOKES = r"(?:[A-Z][\w'\u2019.-]*[ \t]+){1,5}[Ss]pokes(?:person|man|woman)"
_PRESSER_HEAD = re.compile(
    rf"^[ \t]*(?:(?:the[ \t]+)?(?P<name>{_SPOKES})['\u2019]s[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:[Pp]ress[ \t]+)?"
    rf"(?:[Cc]onference|[Bb]riefing)|(?:[A-Z][a-z]+[ \t]+)?(?:[Pp]ress[ \t]+)?(?:[Cc]onference|[Bb]riefing)[ \t]+"
    rf"(?:by|of|with)[ \t]+(?:the[ \t]+)?(?P<sworn>{_SPOKES}|(?:[A-Z][\w'\u2019.-]*[ \t]+){{0,4}}[Ss]pokes(?:person|man|woman)"
    rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019.-]*[ \t]*){{1,6}}))", re.MULTILINE)


# a person opening a standfirst's paragraph as its subject: "Deepa Raman spent twelve years placing workers ..."
# (a given name alone when the age follows it, as a changed or first name is given: "Aziz, 38, a welder from ...")
_LEDE_SUBJECT = re.compile(rf"(?m)^[ \t]*(?P<n>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}|{_NAME_WORD}(?=,[ \t]+\d{{2}},))"
                           r"(?:,[ \t]+\d{2},)?[ \t]+(?:an?[ \t]+)?(?!said\b|says\b|told\b)[a-z]{3,}\b")


def lede_subject(before: str) -> str | None:
    """The person the last paragraph of an interview's introduction opens with, by name ("Deepa Raman spent twelve
    years ..."), rather than a body named later in it ("She now runs Clear Passage")."""
    found = [m.group("n") for m in _LEDE_SUBJECT.finditer(before) if classify(m.group("n")) == "named_person"]
    return found[-1] if found else None


def interviewee_name(before: str) -> str | None:
    """The person an interview is with, from the text before an answer: a pseudonymous name, a name
    the writer gives ("a bricklayer we will call Han"), or the name after "Interview with"; the last one
    given."""
    found = interviewee_at(before)
    return found[1] if found else None


_SPACE_LOWER = re.compile(r"[ \t]+[a-z]")
# (speed) a string each match of the pattern holds, one of these
_WITH_WORDS = ("nterview", "onversation", "Q&A", "uestions", "INTERVIEW")
_CALLED_WORDS = ("identified", "referred", "asked", "given", "known", "under", "using", "call", "goes")
_WITNESS_WORDS = ("DEPONENT", "Deponent", "ESTIMONY", "estimony", "WITNESS", "Witness", "sworn")
_PRESSER_WORDS = ("onference", "riefing")
_GUEST_WORDS = ("studio", "GUEST", "Guest", "guest")
_BRIEFER_WORDS = ("pokes", "POKES", "Briefer", "BRIEFER", "Interviewee", "INTERVIEWEE", "Respondent", "Answering")


def interviewee_at(before: str) -> tuple[int, str] | None:
    """:func:`interviewee_name` with the offset in ``before`` where the name is given."""
    found: list[tuple[int, str]] = []
    for m in _pseudonym_re().finditer(before) if "(" in before else ():  # (speed: each pattern's own words first)
        if m.group("name").split()[0].lower() not in _GENERIC_FIRST:
            found.append((m.start(), m.group("name")))
    for rx, words in ((_WITH, _WITH_WORDS), (_CALLED, _CALLED_WORDS), (_WITNESS_HEAD, _WITNESS_WORDS),
                      (_PRESSER_HEAD, _PRESSER_WORDS), (GUEST_HEAD, _GUEST_WORDS), (BRIEFER_HEAD, _BRIEFER_WORDS)):
        if not any(w in before for w in words):
            continue  # the pattern cannot match: a long introduction is searched again for every answer
        for m in rx.finditer(before):
            if rx is _WITH and _SPACE_LOWER.match(before[m.end("name"):]):
                continue  # "Q&A: Labour researcher Mun Jae-hyun": a role word, the name comes after it
            name = m.group("name") or m.group("sworn")
            if rx is BRIEFER_HEAD and m.group("sworn") and firm_respondent(before, m.end("sworn")):
                continue  # "Respondent: Varden Textiles Ltd": a firm answering in its own page's voice
            if rx is BRIEFER_HEAD and m.group("name"):
                name = briefer_wording(name)  # "Spokesperson: Luo Ping" -> "Spokesperson Luo Ping"
            found.append((m.start(), name.title() if name.isupper() else name))  # "PAK SUNG-MIN" -> "Pak Sung-Min"
    for m in _SPOKE_WITH.finditer(before) if "poke" in before or "peak" in before or "alk" in before else ():
        if classify(m.group("name")) == "named_person":  # not "We spoke to Angolan labourers"
            found.append((m.start(), m.group("name")))
    return max(found) if found else None


# words before a name that are no role ("She now runs Clear Passage", "joined Harbour Aid", "for Tarn Logistics")
_NOT_ROLE = (r"(?:runs|ran|founded|co-founded|joined|leads|led|heads|headed|manages|managed|left|quit|owns|owned|chairs|"
             r"chaired|directs|directed|started|works|worked|for|from|with|and|the|into|about|called|named|visited|contacted)")
# a person the introduction names in passing: "Mr. Kang, a 45-year-old ...", "Kang (45) worked ...",
# "former bricklayer Kang Song-ho", a name opening a line before a comma ("Kang Song-ho, former bricklayer")
_INTRO_PERSON = re.compile(
    rf"(?P<t>(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    rf"|(?P<a>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*\(\d{{2}}\)"
    rf"|\b(?:former[ \t]+)?(?!{_NOT_ROLE}\b)[a-z]{{3,}}[ \t]+(?P<r>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    rf"|^[ \t]*(?P<l>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),", re.MULTILINE)


def intro_person(before: str) -> str | None:
    """The last person an interview's introduction names in one of the shapes ``_INTRO_PERSON`` knows,
    when nothing else names the interviewee; only names that read as a person count."""
    found = [m.group(m.lastgroup or "") for m in _INTRO_PERSON.finditer(before)]
    people = [name for name in found if name and not salutation(name) and classify(name) == "named_person"
              and not _place_name(name)]  # not "Dear Tomas,": the one a letter is written to
    return people[-1] if people else described_interviewee(before)  # not "the Russian Far East": a region


def _place_name(name: str) -> bool:
    from labourlens.analyse.speaker_roles import _is_place  # noqa: PLC0415 - speaker_roles imports the registry chain

    return _is_place(name)


_STOP = r"(?:who|whom|that|which|has|had|have|is|was|were|and|about|on|in|at|from|with|of|for|after|this|last)"
# "The following interview with a former worker ...", "We spoke to a seamstress who ...": an interviewee only described
_DESCRIBED_WITH = re.compile(
    rf"\b(?:[Ii]nterview(?:ed)?|[Cc]onversation|[Ss]poke|[Ss]peaks|[Tt]alked|[Tt]alks)[ \t]+(?:with|to)[ \t]+"
    rf"(?P<d>(?:a|an|one)(?:[ \t]+(?!{_STOP}\b)[a-z][\w'-]*){{1,4}}?)(?=[ \t]+{_STOP}\b|[ \t]*[,.;:(]|[ \t]*$)",
    re.MULTILINE)


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    kinds = knowledge.load("source_nouns.yaml").get("kinds") or {}
    return frozenset(str(w).lower() for w in kinds.get("anonymous_source") or [])


# (s379) a Q&A's deck that opens its own line with the unnamed interviewee ("A former welder at a shipyard in Gdansk on
# pay and rest days", "An agency cleaner, 29, on ..."): the answers below are that person's
_DECK_PERSON = re.compile(rf"^[ \t]*(?P<d>(?:A|An)(?:[ \t]+(?!{_STOP}\b)[a-z][\w'-]*){{1,3}}?)(?=[ \t]+(?:at|in|on|from|who)\b|,)",
                          re.MULTILINE)


def described_interviewee(before: str) -> str | None:
    """The last person an interview's introduction describes without a name ("an interview with a former
    worker"), when the description's head noun is a person's ("worker", "seamstress"); None otherwise."""
    found = [m.group("d") for m in _DESCRIBED_WITH.finditer(before) if m.group("d").split()[-1].lower() in _people()]
    if not found and ("\nA " in before or "\nAn " in before):
        found = [m.group("d") for m in _DECK_PERSON.finditer(before) if m.group("d").split()[-1].lower() in _people()]
    return found[-1] if found else None


_ROLE_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[[\d:]+\][ \t]*)?(?P<label>[A-Z][A-Za-z' -]{1,30}?)[ \t]*[(\[](?P<name>[^)\]]{3,60})[)\]]:")


_NAME_RX = re.compile(_NAME)


def role_label_names(text: str) -> dict[str, str]:
    """Role labels given a personal name once ("GUEST (Ana Ruiz):"), lower-cased, to that name."""
    if "):" not in text and "]:" not in text:
        return {}
    roles = _words("transcript_role_labels")
    out: dict[str, str] = {}
    for m in _ROLE_LINE.finditer(text):
        label, name = m.group("label").strip().lower(), m.group("name").strip()
        if label in roles and _NAME_RX.fullmatch(name) and (len(name.split()) >= 2 or name in text[:m.start()]):
            out[label] = name
    return out


def person_label(label: str) -> bool:
    """Does a transcript label name an unnamed person by what they are ("RESIDENT", "TAXI DRIVER",
    "UNIDENTIFIED MALE", "UNIDENTIFIED WORKER", "WORKER 2", "Worker A", "Testimony 4")?"""
    return label_person(label) is not None


# (s39) a person's initials as a turn label: one initial, or two or three ("T. M.", "J.K.")
_TURN_INITIALS = re.compile(r"(?!P\.\s?S\.|N\.\s?B\.|U\.\s?[SKN]\.|E\.\s?U\.)[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}")


def label_person(label: str) -> str | None:
    """The speaker a transcript label names when it names an unnamed person by what they are ("TAXI DRIVER" ->
    "Taxi driver", "WORKER A" -> "Worker A", "Testimony 4") or by the initials the page gives them ("K."), else None
    (see :func:`person_label`)."""
    if (voiced := voice_of(label)) is not None:  # "VOICE OF WORKER (translated):": the worker heard on tape
        label = voiced
    if _TURN_INITIALS.fullmatch(label.strip()) and label.strip()[0] not in "QA":  # (s39) "K.: ...", "T. M.: ...":
        return label.strip()  # an interviewee under the initials the page gives (not "Q.:", "A.:", "P.S.:")
    words = label.strip().lower().split()
    if len(words) > 1 and words[0] == "the" and " ".join(words[1:]) in _words("transcript_person_labels"):
        words = words[1:]  # (s41) "THE DRIVER", "THE DISHWASHER": the one unnamed person a programme calls so
    words = words[:-1] if len(words) > 1 and (words[-1].isdigit() or len(words[-1]) == 1 and words[-1].isalpha()) \
        else words  # "WORKER 2", "WITNESS B": one of several
    person = " ".join(words) in _words("transcript_person_labels") or (
        len(words) == 2 and words[0] in ("unidentified", "unnamed", "anonymous")) or _described_label(words) or (
        coded_label(label))
    return label_wording(label) if person else None


def _described_label(words: list[str]) -> bool:
    """ "RUSSIAN FOREMAN", "FIRST BUILDER", "WOMAN IN MARKET", "SECURITY GUARD": a person noun after words that
    describe the person (a nationality, an order, a trade), or before a place phrase."""
    if any(w in words for w in ("in", "at", "from", "near", "outside")):  # "WOMAN IN MARKET", "MAN AT GATE"
        k = next(j for j, w in enumerate(words) if w in ("in", "at", "from", "near", "outside"))
        return 0 < k <= 2 and len(words) - k <= 3 and person_label(" ".join(words[:k]))
    if not 2 <= len(words) <= 3 or words[-1] not in _words("transcript_person_labels") or words[-1].endswith("s"):
        return False  # "FORMER WORKERS: ..." is more often a heading than a chorus
    from labourlens.analyse.place_rules import demonym_countries
    mods = _words("transcript_label_modifiers")
    return all(w in mods or w in _words("transcript_person_labels") or demonym_countries(w.title())
               for w in words[:-1])


_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Judge|Senator|Ambassador|Minister|General|Colonel|Inspector)"
_TITLED_SURNAME = re.compile(rf"^(?P<title>{_TITLE})\.?\s+(?P<surname>{_NAME_WORD})$")


def titled_full_name(wording: str, before: str) -> str | None:
    """The full name given earlier for a title and surname ("Dr Lind" -> "Dr Karin Lind"), found by
    :func:`labourlens.analyse.source_names.fuller_name`, with the title kept; None when the text gave no
    fuller form."""
    m = _TITLED_SURNAME.match(wording.strip())
    if m is None:
        return None
    title, surname = m.group("title"), m.group("surname")
    full = fuller_name(before, surname)
    if full is None or full == surname:
        return None
    if full.startswith(title):
        return full
    return f"{title}. {full}" if f"{title}. {full}" in before else f"{title} {full}"  # "Dr. Karin Lind" as written


def relabel(m: Mention, label: str | None, before: str, roles: dict[str, str], line: str = "") -> Mention:
    """The speaker of a transcript line worded as the document named them: a role label named once
    ("GUEST" -> "Ana Ruiz"), a caller by the name they gave ("CALLER (gives name as Timur): ..."), a title
    and surname label by the fuller name given before, initials by the name they stand for."""
    if label is None or m.cue != "said":
        return m
    name = caller_name(label, before, line) or described_caller(label, line, before) or roles.get(label.lower()) or guest_named(line)
    if name is None:
        name = titled_full_name(m.wording, before) or initials_name(label, before) or role_interviewee(label, before)
    if name is None:  # "Witness: Li Na (a pseudonym), born 1981, ...": the line itself names the witness
        name = credited_name(line, _words("transcript_role_labels"))
    if name is None:
        return m
    return Mention(name, m.start, m.end, m.cue, m.direct, m.relay)


_TITLES = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?[ \t]+)"
_PERSON = re.compile(rf"(?<![\w.]){_TITLES}?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})(?![\w'\u2019-])")


_INITIALS = re.compile(r"[A-Z]{2,3}")


def initials_name(label: str, before: str) -> str | None:
    """The person an initials label stands for ("MP:" after "Dr. Mira Pak (MP)" or "... with Mira Pak, ..."):
    a name given with the initials in brackets, else the one full name earlier in the text whose words start
    with those letters in order (family name first as written: "Kim Ok-sun" for "KO"); None when no name or
    more than one fits."""
    if not _INITIALS.fullmatch(label):
        return None
    given = re.search(rf"(?P<full>{_TITLES}?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]*\({label}\)", before)
    if given is not None:
        return given.group("full")
    fits = {m.group(0) for m in _PERSON.finditer(before) if label in _name_initials(m.group("name"))}
    people = {f for f in fits if classify(f) in ("named_person", None)}
    return people.pop() if len(people) == 1 else None


_NAME_PARTS = re.compile(r"[\s-]+")


def _name_initials(name: str) -> tuple[str, str]:
    """A name's initials, by its words and (s45) by each part of a double-barrelled name as well: "Ama Owusu-Bekoe"
    is "AO" and "AOB"."""
    return "".join(w[0] for w in name.split()), "".join(w[0] for w in _NAME_PARTS.split(name) if w)


_HANDLE = re.compile(r"^[ \t]*(?P<label>@[A-Za-z0-9_]{2,30}):[ \t]+(?=\S)")


def handle_label(sentence_text: str) -> tuple[str, int, int, bool] | None:
    """A social-media handle opening a quoted post ("@crane_op_vl: The crew ..."): ``(handle, start, end of
    the label and colon, False)``, in the shape of a transcript label."""
    if "@" not in sentence_text[:8]:
        return None
    m = _HANDLE.match(sentence_text)
    return (m.group("label"), m.start("label"), m.end(), False) if m is not None else None


def handle_mention(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker of a quoted post: someone the post cites (found by ``find`` in the text after the
    handle), else the handle itself."""
    handle = handle_label(sentence_text)
    if handle is None:
        return None
    inner = find(sentence_text[handle[2]:])
    if inner is not None and inner.wording.lower() not in ("i", "we"):
        return Mention(inner.wording, inner.start + handle[2], inner.end + handle[2], inner.cue, inner.direct,
                       inner.relay)
    return Mention(handle[0], handle[1], handle[1] + len(handle[0]), "posted", True)


_WITNESS_AFTER = re.compile(r"\b(?:us|me|our|my|we)\b|\bI\b(?!\s+quote)")  # not "..., and I quote, ..."
# the worker addressed by a boss or a recruiter ("... said there were fifty waiting for your place")
_YOU_AFTER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
# "... told us", "... also warned me": the audience of the verb, before what was said
# (s34) "The foreman kept back the papers and warned he would call the police on us": an act, then the saying
_VERB_AUDIENCE = re.compile(r"\s+(?:(?:[a-z]+\s+){1,6}?and\s+|(?:[a-z]+\s+){0,2}?)"
                            r"(?:told|tells|tell|said|says|warned|promised|ordered|informed|assured)(?:\s+(?:to\s+)?(?:us|me|them))?\b")


# people counted, not described: "Several", "Nearly half", "Most of them", "Workers" (before "told us")
_COUNTED_TOLD_US = re.compile(r"^(?:(?:nearly|almost|about|roughly|over|more\s+than)\s+)?(?:several|some|many|most|"
                              r"half|a\s+few|a\s+minority|a\s+majority|two-thirds|a\s+third|a\s+quarter|\d+|"
                              r"workers|migrants|interviewees|respondents)(?:\s+of\s+(?:them|those))?$", re.IGNORECASE)
# (s38) the witness's own study named before a tally of it: "Across our survey, 31 of the 75 miners told ..."
_OWN_SAMPLE = re.compile(r"^(?:In|Across|Among)\s+(?:our|my)\s+(?:sample|survey|study|interviews)\s*,", re.IGNORECASE)
_SAMPLE_TALLY = re.compile(r"^(?:(?:nearly|almost|about|roughly|over|more\s+than)\s+)?(?:\d[\d,]*|most|many|several|some|half)"
                           r"(?:\s+of\s+(?:the|our)\s+\d[\d,]*)?\s+(?:workers|migrants|miners|men|women|people|interviewees|"
                           r"respondents)$", re.IGNORECASE)
# the people the witness's own team met: "every worker we spoke to", "all the men I interviewed"
_WE_MET = re.compile(r"^(?:every|all|each|most|many|several|some|none)\b.{0,40}\b(?:we|I)\s+(?:spoke|talked)\s+(?:to|with)"
                     r"|^(?:every|all|each|most|many|several|some|none)\b.{0,40}\b(?:we|I)\s+(?:interviewed|met|visited)",
                     re.IGNORECASE)
# the people of the witness's own study: "About a third of my respondents", "several of our interviewees"
_OWN_RESPONDENTS = re.compile(r"\b(?:my|our)\s+(?:respondents|interviewees|informants|participants)\b", re.IGNORECASE)


_WE_THINK = re.compile(r"(?:I|[Ww]e)\s+(?:think|guess|believe|heard|suppose|suspect)\s")
_TOLD_US_END = re.compile(r"\b(?:tell|tells|told)\s+(?:us|me)$")  # "Several told me": the witness's own interviews


def told_the_witness(m: Mention | None, sentence_text: str) -> bool:
    """In a witness's transcript turn, is the sentence's speaker someone the witness quotes about
    themselves ("the security man told us we would be handed back", "He said our families would
    suffer")? The turn stays the witness's: it is their account of what was said to them."""
    if m is None or m.wording.lower() in ("i", "we"):
        return False
    if _WE_THINK.match(m.wording) or _WE_MET.search(m.wording) or _OWN_RESPONDENTS.search(m.wording):
        return True  # "I think someone reported him", "Every worker we spoke to said ...": the witness's own account
    verb = _VERB_AUDIENCE.match(sentence_text, m.end)
    if verb is not None and _COUNTED_TOLD_US.match(m.wording) and _TOLD_US_END.search(verb.group(0)) or (
            _SAMPLE_TALLY.match(m.wording) and _OWN_SAMPLE.match(sentence_text)):
        return True  # "Several told us supervisors struck men": what the witness's own interviews found
    if verb is not None and _TOLD_US_END.search(verb.group(0)) and counterpart_teller().match(m.wording) and (
            _OFFER.match(sentence_text, verb.end())):
        return True  # "A broker in Davao told me the job paid $900": the worker's account of the promise made to her
    if verb is not None and counterpart_teller().match(m.wording) and _YOU_AFTER.search(sentence_text, verb.end()):
        return True  # (s339) "the team leader said there were fifty waiting for your place": said to the worker
    if verb is not None and m.wording.lower() in ("he", "she") and sentence_text[verb.end():verb.end() + 2].lstrip()[:1] == ":" \
            and _YOU_AFTER.search(sentence_text, verb.end()):
        return True  # (s35) "She says: quit and the debt stays with you": what the witness's counterpart tells workers
    if verb is not None and _QUOTE_AFTER_VERB.match(sentence_text, verb.end()) and m.direct:
        return speaks_for_others(m, sentence_text)  # (s36) 'One cook told me, quietly, "I have not been paid."': the
        # cook's own words quoted, whose "I" is the cook's
    return verb is not None and _WITNESS_AFTER.search(sentence_text, verb.end()) is not None or speaks_for_others(
        m, sentence_text)  # "us" in what was said; "Their supervisor answered every question for them"


# a quotation opening right after the verb and its audience, an aside between: 'told me, with a shrug, "..."'
_QUOTE_AFTER_VERB = re.compile(r"\s*,?(?:\s*[^,\"\u201c\u201d]{1,40},)?\s*[\"\u201c]")


# what the teller offered the witness: the job, its pay or its terms ("told me it was $900 a month", "the job was ...")
_OFFER = re.compile(r"\s+(?:that\s+)?(?:it|this|the\s+(?:job|work|pay|salary|wages?|contract|position|post|visa))\b",
                    re.IGNORECASE)


@lru_cache(maxsize=1)
def counterpart_teller() -> re.Pattern[str]:
    """One of the people a worker deals with (``witness_counterparts`` in ``speaker_kinds.yaml``), as the teller of a
    witness's answer: "A recruiter in Cebu", "my employer", "The agent"."""
    words = knowledge.load("speaker_kinds.yaml").get("witness_counterparts") or []
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*(?i:the|a|an|my|our|one)\s+(?:[\w-]+\s+)?(?i:{alts})s?"
                      r"(?:\s+(?:in|from|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*$")


_BOLD_QUESTION = re.compile(r"^\s*(?:\*\*|__)[^*_]{3,300}\?\s*(?:\*\*|__)\s*$")
_INTERVIEW_CUE = re.compile(r"\b(?:answers?\s+(?:our|my|the|some)\s+questions|[Ww]e\s+(?:asked|spoke\s+(?:to|with)|talked\s+"
                            r"(?:to|with))|[Ii]nterview|[Cc]onversation|[Tt]ranscript|Q&A)\b")


def bold_question_paragraphs(sentences: list[Sentence]) -> set[int]:
    """A lone bold question in an interview ("**How common is debt bondage?**" after "X answers our questions"):
    its paragraph, when the text before it says an interview follows (bold marks are set on purpose, so one
    question is enough there; in running prose a lone question stays rhetorical)."""
    for j, s in enumerate(sentences):
        if _BOLD_QUESTION.match(s.text) and (j + 1 == len(sentences) or sentences[j + 1].paragraph != s.paragraph) \
                and any(_INTERVIEW_CUE.search(p.text) for p in sentences[:j]) and j > 0 \
                and sentences[j - 1].paragraph != s.paragraph:
            return {s.paragraph}
    return set()


def answer_turn(sentences: list[Sentence], mentions: list[Mention | None], keys: list[str | None], i: int,
                result: Sequence[Any] | None = None) -> str | None:
    """The source key of the speaker whose name labels the line that opens sentence ``i``'s paragraph
    ("Lin Qiao: I am not aware of it. China has always ..."), which the paragraph's later sentences
    continue; ``keys`` holds each sentence's source key where the sentence names its speaker. Given the
    attributions so far (``result``), a plain answer goes to whoever answered before (see
    :func:`~labourlens.analyse.interview_turns.earlier_answerer`)."""
    j = i
    while j > 0 and sentences[j - 1].paragraph == sentences[i].paragraph:
        j -= 1
    m = mentions[j]
    if j == i or m is None or keys[j] is None or m.start > 4 or not sentences[j].text[m.end:m.end + 2].startswith(":"):
        return earlier_answerer(result, sentences, i) if result is not None else None
    return keys[j]


_BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[Bb]y|BY|[Ii]nterview(?:ed)?\s+by|[Qq]uestions\s+by|[Ii]nterviewer:?)[ \t]+$")


def spoke_before(source: Source, at: int, text: str = "") -> bool:
    """Was ``source`` first mentioned before offset ``at`` (an interview answer is never by a person whom
    the text only introduces after it), as someone other than the writer or interviewer named in a byline
    ("By Ana Ruiz | 3 May", "Interview by Ana Ruiz"), and not as a bare pronoun?"""
    if not source.spans or (source.wording or "").lower() in _PRONOUNS:
        return False
    first = min(source.spans)[0]
    return first < at and not (text and _BYLINE_BEFORE.search(text, max(0, first - 30), first))


_PRONOUNS = frozenset("i we he she they you it".split())


def role_interviewee(label: str, before: str) -> str | None:
    """A bare role label ("GUEST: ...", "WITNESS: ...") never given a name in brackets: the person the
    introduction names as the one interviewed ("... asked us to call her Mi-rae", "Interview with Ana Ruiz",
    "WITNESS: PAK SUNG-MIN"); when it names nobody, "the guest" where the bare label would read as a name."""
    if label.strip().lower() not in _words("transcript_role_labels"):
        return None
    name = interviewee_name(before)
    if name is None and classify(label.strip().capitalize()) == "named_person":
        return f"the {label.strip().lower()}"  # nobody named: "the guest", an unnamed person, never "Guest"
    return name


@lru_cache(maxsize=1)
def non_names() -> frozenset[str]:
    """Words that open a line before a colon without naming a speaker ("Case: Ri v. Nordhavn", "Subscribe: ..."),
    and the outlet's own labels ("Interviewer: ..."), lower-cased, for the "Kim: ..." line shape."""
    return _words("label_words_not_names") | _words("transcript_house_labels")


# a relative, friend or workmate the speaker names ("my friend Chol", "her cousin Myong-hui"): a named person
_RELATION_NAME = re.compile(
    r"^(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:old|best|close|former|older|younger|elder)\s+)?"
    r"(?:friend|colleague|cousin|brother|sister|uncle|aunt|neighbou?r|room-?mate|workmate|co-?worker|"
    rf"wife|husband|son|daughter|mother|father|niece|nephew),?\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    r"(?:,\s+who\s+[^,]{1,80})?$")  # "His colleague Kevin, who did not want his surname printed"


def relation_name_kind(np: str) -> str | None:
    """"named_person" for a relative or friend the speaker names ("my friend Chol said ..."), else None."""
    m = _RELATION_NAME.match(np.strip()) if " " in np else None
    if m is None or m.group("name").split()[0].lower() in _GENERIC_FIRST:
        return None
    return "named_person" if classify(m.group("name")) in ("named_person", None) else None


@lru_cache(maxsize=1)
def _house_label_re() -> re.Pattern[str]:
    words = sorted((w for w in _words("transcript_house_labels") | _words("transcript_role_labels") if " " not in w),
                   key=len, reverse=True)
    alts = "|".join(re.escape(w.capitalize()) for w in words) or "(?!)"
    # a timestamp, the label, a note in brackets, the colon; "[...]" after it: a remark
    return re.compile(rf"^\s*(?:\[[\d:]{{4,8}}\] ?)?(?P<label>{alts})(?:[ \t]*\([^)]{{1,60}}\))?:[ \t]+\[?(?=\S)")


def house_label(sentence_text: str) -> re.Match[str] | None:
    """A line label in the outlet's own voice or a guest's role written in title case ("Interviewer: Why?",
    "Host: [The firm said ...]", "Guest: We slept ..."), in the shape of :data:`labourlens.analyse.mentions._LABEL`'s
    match."""
    if ":" not in sentence_text[:80]:  # (the label, a note in brackets of up to 60 characters, the colon)
        return label_line(sentence_text)  # "Testimony 2 (female, seamstress, 2018-2020): ..."
    return _house_label_re().match(sentence_text) or _BOLD_LABEL.match(sentence_text) or label_line(sentence_text)


# "**Cho:** Sixteen hours a day.", "**Dana Roth**: We ...": a speaker label set in bold, in any case
_BOLD_LABEL = re.compile(r"^\s*\*\*(?P<label>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3})"
                         r"(?:[ \t]*\([^)]{1,60}\))?(?::\*\*|\*\*:)[ \t]+(?=\S)")


# "said" put first, its speaker before a colon and the quotation ('Said one buyer, who sources frozen fish for
# restaurants: "Everyone in this trade knows."', 'Said a second guard: "We were never paid."'): the speaker is the phrase
# after "Said", up to the colon
_SAID_FIRST = re.compile(
    r"^[ \t]*(?:Said|Says|Added|Adds|Explained|Recalled|Continued)[ \t]+(?P<sp>[^,:\"\u201c\u201d\n]{2,80}?"
    r"(?:,[^:\"\u201c\u201d\n]{0,200})?):[ \t]*[\"\u201c]"
)


def opening_mention(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker a tag at the opening of ``sentence_text`` gives, else None (``find`` reads a handle's post)."""
    head = sentence_text[:12].lstrip()
    if head.startswith("@"):
        return handle_mention(sentence_text, find) if handle_label(sentence_text) is not None else None
    if head.startswith("[") and (tape := tape_label(sentence_text)) is not None:  # "[Recording, first worker]: ..."
        return Mention(tape[0], tape[1], tape[2], "said", True)
    if head[:1] not in "SAERC" or (m := _SAID_FIRST.match(sentence_text)) is None:
        return None
    if classify(m.group("sp").split(",")[0]) == "named_person":
        return None  # 'Said Oleg Petrov, a spokesman for ...:': the name, with the role the main reading keeps
    wording = m.group("sp").strip()
    start = m.start("sp")
    return Mention(wording, start, start + len(wording), "said", True)
