"""Sentence shapes that name a speaker outside the usual "X said" mould, used by
:mod:`labourlens.analyse.mentions`: an author-year citation in a research paper ("Lindqvist (2018: 41)
puts the quota at ..."), a person in the passive ("... was described by a Kenyan driver who ..."), and
sentences whose "speaker" is no speaker: a request about the speaker's own name ("he asked that only
his surname be used") or a negated quantifier ("None of them described ...": the writer's finding).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse import mention_shapes_patterns as rx
from labourlens.analyse.aged_subjects import without_age_clause
from labourlens.analyse.answer_shapes import refused_but_said, reply_after_question
from labourlens.analyse.attribution_shapes2 import more_mention, refine
from labourlens.analyse.attribution_shapes3 import extra_mention
from labourlens.analyse.called_to_say import called_to_say
from labourlens.analyse.first_person_shapes import met_name_pronoun, met_who_told_mention, put_it_mention
from labourlens.analyse.floating_quantifiers import IRREGULAR_PLURALS, without_floating_tail
from labourlens.analyse.gated import gated
from labourlens.analyse.group_speakers import clause_group, whom_group
from labourlens.analyse.hedges import plain
from labourlens.analyse.inspection_acts import state_act
from labourlens.analyse.nested_bodies import opens_with_body
from labourlens.analyse.page_voice import fallback_speaker, own_press_service
from labourlens.analyse.post_voice import post_mention
from labourlens.analyse.quote_tags import after_quote_mention
from labourlens.analyse.saying_acts import object_apposition
from labourlens.analyse.source_notes import source_note
from labourlens.analyse.speaker_asides import aside_mention
from labourlens.analyse.speaker_cues import OBJECT_PRONOUNS, naming_mention
from labourlens.analyse.speaker_groups import group_mention
from labourlens.analyse.speaker_repairs import (
    aged_name,
    appositive_source,
    asked_body_it,
    document_instructs,
    heard_from_described,
    main_over_trailing_as,
    past_dateline,
    trailing_described_source,
)
from labourlens.analyse.speaker_voices import heading_mention, withheld_from
from labourlens.analyse.speakers import (
    _PREP_SPLIT,
    NAME_WORD,
    Mention,
    _cue,
    _plausible,
    _trim_np,
    classify,
)
from labourlens.analyse.speaking_for import speaking_for
from labourlens.analyse.witness_turns import cited_in_turn, past_vocative

__all__ = [
    "NAMING_VERB", "PASSIVE_END", "fallback_speaker", "own_press_service", "according_inner", "QUOTED_BY",
    "as_put_mention", "described_in_mention", "COUNT_SAID", "head_words", "manner_according",
    "main_clause", "coordinated_finding", "which_it_mention", "trimmed", "source_phrase_mention",
    "without_anonymity", "counted_mention", "object_pronoun", "characterised_mention",
    "plural_subject_mention", "author_year_mention", "passive_by_mention", "not_a_report", "named_apposition",
    "fallback_mention", "cited_in_turn", "past_vocative", "past_dateline", "opens_with_body",
]

# "Several said ...", "Two told the paper ...": a count word alone is people (not "Some reports ...")
COUNT_SAID = re.compile(
    r"(?i:some|several|many|two|three)\s+"
    r"(?:said|told|added|recalled|complained|"
    r"(?:described|reported|alleged|recounted)(?=\s+(?:that|how|[a-z]+ing)\b))\b"
)
def head_words(np: str) -> int:
    """Words in a speaker phrase's head, before any qualifier ("one person | with knowledge of the matter",
    "Natalia Ruiz | of the Pacific Labour Institute", "a welder | who ...")."""
    return len(_PREP_SPLIT.split(np, maxsplit=1)[0].split())


QUOTED_BY = re.compile(  # "Kim was quoted by the Asahi Shimbun as saying ...": Kim speaks, the paper relays
    r"(?:^|(?<=[,;:]\s))(?P<sp>[^,“”\"]{2,120}?)\s+(?:was|were|has\s+been|had\s+been|is)\s+quoted\s+by\s+"
    r"(?P<relay>[^,“”\"]{2,80}?)\s+as\s+(?:saying|telling|stating)")
_ACCORDING_INNER = re.compile(
    r",\s+(?P<sp>(?:the|a|an|its|(?-i:[A-Z]))[^,;:\"]{1,60}?)\s+(?:had\s+|has\s+)?(?P<verb>said|reported|estimated|"
    r"assessed|stated|found|concluded|believes|believed)\b(?!\s+(?:by|to|as)\b)", re.IGNORECASE)


# "According to the Harbour Post, a local paper, lawyer Ana Ruiz said": an apposition of the one cited, then the speaker
_DOCUMENT_INNER = re.compile(
    r"(?:,\s+(?:a|an|the)\s+[^,;:\"]{2,40}?)?,\s+(?P<sp>(?:the|a|an|two|three|several|some|one|(?-i:[A-Z])|"
    r"(?-i:[a-z][\w-]+\s+[A-Z]))[^,;:\"]{1,60}?)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?P<verb>told|testified|admitted|confessed|stated|said)\b"
    r"(?!\s+(?:by|as|them|him|her|us|me)\b)", re.IGNORECASE)  # (not a threat told to the workers themselves)


def according_inner(text: str, end: int, relay: str) -> Mention | None:
    """ "According to the lawmaker, the NIS estimated that ...": a state body, organisation or document
    reported by the one cited speaks; the one cited relays it. A document or a newspaper cited relays people too
    ("According to the decision, the men told investigators that ...", "According to the Harbour Post, a local
    paper, lawyer Ana Ruiz said ...": the people speak, the document or paper relays them)."""
    m = _ACCORDING_INNER.match(text, end)
    if m is None or classify(sp := m.group("sp")) not in ("official", "document", "organization") or not _plausible(sp) or state_act(sp):
        m = _DOCUMENT_INNER.match(text, end) if classify(relay) in ("document", "outlet") else None
        if m is None or classify(m.group("sp")) not in ("anonymous_source", "named_person", "official", "organization") \
                or not _plausible(m.group("sp")):
            return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), _cue(m.group("verb")), False, relay=relay)


PASSIVE_END = re.compile(r"\b(?:was|were|is|are|been|being|be|get|gets|got)(?:\s+[a-z]+ly)?\s*$"  # "were reportedly"
                         # (or the verb is a subordinate clause's: "Our radios went after somebody filmed the gate")
                         r"|\s(?:after|before|until|once)\s+(?:someone|somebody|anyone|anybody|"
                         r"everyone|nobody|he|she|they|we|I|it)\s*$"
                         # (s339) or its subject is left out: "... did not provide data when asked"
                         r"|(?:^|\s)(?:when|if|unless|while|until)\s*$", re.IGNORECASE)
# symbols that open a line before its subject: bullets, dashes, emoji ("• The union said", "🧵 X reports that")
LEAD_SYMBOLS = re.compile(r"^[^\w\"'\u201c\u2018(\[@#$\u00a3\u20ac\u00a5]+")
# "paid according to their contracts", "ranked according to output": the rule something follows, not a source
_MANNER_NP = re.compile(r"^(?:(?:the|their|his|her|its|our|a|an|this|that|these|those|local|national|international|russian|chinese|provincial|"
    r"company|labour|labor|internal|state|new|old|regional|collective|sectoral|written|signed|legal|official|statutory|"  # (s42)
    r"minimum|applicable|current|federal|industry|sector)\s+)*(?:contracts?|laws?|rules?|regulations?|plans?|schedules?|"
    r"terms|norms?|ranks?|quotas?|standards?|agreements?|policy|policies|procedures?|customs?|traditions?|"
    r"instructions?|orders?|needs|performance|output|experience|skills?|grades?|categor(?:y|ies)|tariffs?|rates?|seniority|"
    r"hours|shifts?|the\s+books?)\b", re.IGNORECASE)


def manner_according(text: str, start: int, rest: str) -> bool:
    """ "The ministry said they were paid according to their contracts": a manner adverbial after the verb
    (no comma before it, a rule or contract after it), not an attribution; the sentence's speaker speaks."""
    before = text[:start].rstrip()
    return bool(before) and before[-1].isalnum() and _MANNER_NP.match(rest) is not None


_AUTHOR_YEAR = re.compile(
    rf"^\s*(?P<name>{NAME_WORD}(?:\s+(?:and|&)\s+{NAME_WORD}|\s+et\s+al\.?)?)\s*\((?:19|20)\d\d[a-z]?(?:[:,]\s*"
    r"[\d\u2013-]+)?\)(?:,\s*(?:by\s+contrast|in\s+contrast|however|similarly|for\s+example|too),)?\s+"
    r"(?P<verb>puts|put|places|reports|reported|argues|argued|finds|found|estimates|estimated|suggests|notes|"
    r"noted|shows|showed|documents|documented|describes|described|records|recorded|counts|counted|observes|"
    r"observed|concludes|concluded|claims|writes|wrote|says|said|gives|cites|calculates|calculated)\b")
_NOT_AUTHORS = frozenset("table figure chart annex appendix section article paragraph map box graph note".split())


def cited_mention(text: str) -> Mention | None:
    """A speaker that takes precedence over every other finder: an author cited with a year, or the author of
    a post introduced by what they say of themselves ("A post by a user describing herself as ... says"), or
    the part of a group counted before ("We interviewed 25 workers, most of whom said ...")."""
    return (author_year_mention(text) if "(" in text else None) or post_mention(text) or whom_group(text)


def author_year_mention(text: str) -> Mention | None:
    """ "Lindqvist (2018: 41) puts the quota at ...", "Tanaka (2021), by contrast, reports ...": the author."""
    if "(" not in text:
        return None
    m = _AUTHOR_YEAR.match(text)
    if m is None or m.group("name").split()[0].lower() in _NOT_AUTHORS:
        return None
    name = m.group("name")
    return Mention(name, m.start("name"), m.end("name"), _cue(m.group("verb")), False)


_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|first\s+|later\s+)?"
    r"(?P<verb>described|reported|documented|confirmed|recounted|alleged|corroborated|witnessed|recalled|"
    r"disclosed|revealed|said|claimed|believed|thought)\s+by\s+(?P<sp>(?:(?i:a|an|the|one|two|three|four|several|some)\s|[A-Z])"
    r"[^,;:\"]{2,120}?)\s*(?=[,;:.]|$|(?<=[a-z])\s+to\s+(?:have|be)\b|\s+that\s)")  # "is said by two monitors to have held"


def passive_by_mention(text: str) -> Mention | None:
    """ "A similar arrangement ... was described by a Kenyan driver who delivered to it": the driver (s46: "that")."""
    if " by " not in text:
        return None
    m = _PASSIVE_BY.search(text)
    if m is None:
        return None
    sp = _trim_np(rx.AS.split(m.group("sp"), maxsplit=1)[0])
    if not _plausible(sp) or classify(sp) not in ("anonymous_source", "named_person", "official", "organization",
                                                   "document"):
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), False)


# "The audit team was told by management that ...": those who heard it, the sentence's subject, are auditors,
# inspectors or reporters; the one who told them speaks ("The workers were told by the foreman that ..." is what
# happened to the workers, and "We saw them ..., and we were told by guards that" is the page's own account)
_TOLD_BY = re.compile(
    r"^\W{0,3}(?:(?:The|Our|An?|Two|Three|Several)\s+)?"
    r"(?i:auditors?|(?:audit|inspection|research|monitoring|assessment)\s+team|assessors?|inspectors?|researchers?|"
    r"investigators?|reporters?|monitors|interviewers?|we|I)\s+(?:were|was|had\s+been|have\s+been|are|is)\s+"
    r"(?:also\s+|repeatedly\s+|later\s+)?told\s+by\s+(?P<sp>[^,;:\"]{2,80}?)\s*,?\s+that\b")


def told_by_mention(text: str) -> Mention | None:
    """ "The audit team was told by management that the passports were kept for safekeeping": management."""
    m = _TOLD_BY.match(text) if "told by" in text else None
    if m is None:
        return None
    sp = _trim_np(m.group("sp"))
    if not _plausible(sp) or classify(sp) is None:
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), "told", False)


# "In one video reviewed by the newspaper, a supervisor can be seen ...": footage or papers that someone put forward,
# fronted, with no speaker after them: what they show is theirs
_FRONTED_EVIDENCE = re.compile(
    r"^\s*In\s+(?P<doc>(?:(?:a|an|one|the|another|several|some|two|three)\s+(?:of\s+the\s+)?)?[^,;:\"]{2,40}?\s+(?:seen|reviewed|"
    r"obtained|verified|analy[sz]ed|examined|shared\s+with|shown\s+to|filed\s+with|produced\s+in|presented\s+(?:to|in|at)|"
    r"submitted\s+to)\b[^,;:\"]{0,50}),\s+")


def fronted_evidence(text: str) -> Mention | None:
    """ "In one video reviewed by the newspaper, a supervisor can be seen beating a worker": the video."""
    m = _FRONTED_EVIDENCE.match(text) if text.lstrip().startswith("In ") else None
    if m is None or classify(m.group("doc")) != "document":
        return None
    return Mention(m.group("doc"), m.start("doc"), m.end("doc"), "show", False)


_REQUEST = re.compile(
    r"\basked\s+(?:that\s+(?:only\s+)?(?:his|her|their|its)\b[^.;]{0,50}?\b(?:be|not\s+be)\s+(?:used|given|"
    r"published|printed|named|identified|disclosed|withheld|revealed|changed|mentioned)|not\s+to\s+be\s+"
    r"(?:named|identified|quoted)|to\s+remain\s+anonymous|for\s+anonymity|to\s+be\s+identified\s+only)", re.IGNORECASE)
_SPEECH_AFTER = re.compile(r"\b(?:said|says|told|tells|added|explained|described|recalled)\b")
_NEGATED_SUBJECT = re.compile(r"^\s*(?:none\s+of\b|no\s+one\b|nobody\b|neither\s+of\b|not\s+one\s+of\b|no\s+(?:worker|"
                              r"workers|respondent|respondents|interviewee|interviewees|one)\b)", re.IGNORECASE)


_POST_NUMBER = re.compile(r"^\s*\d{1,3}\s*/\s*(?:\d{1,3}\s+)?")  # "6/ ", "3/12 "
_NOTHING_SAID = re.compile(
    r"\s*(?:(?:has|have|had)\s+)?(?:(?:announced|disclosed|revealed|released|published|given|offered|provided|"
    r"made|issued)\s+(?:no|nothing)\b|said\s+nothing\b"
    # "My employer reported me as absconding", "the boss reported him to the police": denounced, not a report
    r"|(?:(?:also|then|later|falsely)\s+)?report(?:s|ed)?\s+(?:me|him|her|them|us)\s+"
    r"(?:as(?!\s+saying)|to|for|missing)\b"
    # "Most estimates put the number at ...": a noun, no one said it
    r"|estimates\s+(?:put|place|range|vary|differ)\b)")


_WRITER_ARGUED = re.compile(r"\s+(?:have\s+|had\s+)?(?:argued|contended|suggested|proposed|shown|showed|demonstrated|"
                            r"written|wrote|noted)\s+(?!with\b|to\b)")


def not_a_report(m: Mention, text: str) -> bool:
    """Is the "attribution" found no report: a request about the speaker's own name, a negated
    quantifier as the speaker (the writer reports that nobody said it), or a speaker who announced
    nothing ("The authorities have announced no plan ...")?"""
    if m.end < len(text) and (_NOTHING_SAID.match(text, m.end) is not None or m.cue == "deny" and withheld_from(text, m.end)):
        return True
    if m.wording in ("I", "We") and _WRITER_ARGUED.match(text, m.end) and not any(q in text for q in '"\u201c\u201d'):
        return True  # "I argued in a 2021 paper that ...", "As we have shown": the writer's own voice, not a source
    # (s36) a thread's post number before the subject is no part of it: "4/ Nobody told us of any beatings"
    wording = _POST_NUMBER.sub("", m.wording)
    if m.cue != "ask" and "no" not in text and wording[:2].lower() != "no":
        return False  # nothing to check: no request, no "announced no ...", no "None of them"
    request = _REQUEST.search(text) if m.cue == "ask" else None
    if request is not None and _SPEECH_AFTER.search(text, request.end()) is None:
        return True  # not "The driver, who asked that his name not be printed, said ..."

    return _NEGATED_SUBJECT.match(wording) is not None


_APPOSITION_REL = re.compile(
    r",\s+(?P<name>(?:the\s+)?[A-Z][\w'\u2019&.-]*(?:\s+(?:of|for|on|and|[A-Z][\w'\u2019&.-]*)){0,6}),\s+(?:which|who)\s+"
    r"(?:had\s+|has\s+|also\s+)?(?P<verb>found|finds|said|says|reported|documented|showed|shows|concluded|estimated|"
    r"noted|stated|revealed|described|recorded|counted|listed|alleged|claimed|"
    # (s355) a party's answer to the page's questions: "the agency, Harbor Crew Ltd, which replied that ..."
    r"replied|responded|answered)\b")


def named_apposition(text: str) -> Mention | None:
    """ "a report by a Lyon-based charity, Harbour Rights, which said last week that ...": the named body."""
    if " which " not in text and " who " not in text:
        return None
    m = _APPOSITION_REL.search(text)
    if m is None:
        return None
    name = m.group("name")
    if classify(name) not in ("organization", "official", "named_person", "outlet", "document"):
        return None
    return Mention(name, m.start("name"), m.end("name"), _cue(m.group("verb")), False)


def fallback_mention(sentence_text: str, text: str | None = None) -> Mention | None:
    """A speaker in the shapes tried when the main finders found none: a name given in a relative clause,
    a speaker named after the closing quotation mark, a named body in apposition, a person in the passive
    (``text`` is the sentence made plain, when the caller has it)."""
    text = plain(sentence_text) if text is None else text
    after = after_quote_mention(sentence_text)  # '"...," one source, a driver at the plant, said.': described
    return naming_mention(text) or (after and appositive_source(after, sentence_text)) \
        or named_apposition(text) \
        or passive_by_mention(text) or told_by_mention(text) or fronted_evidence(text) \
        or plural_subject_mention(text) or characterised_mention(text) \
        or counted_mention(text) or source_phrase_mention(text) or which_it_mention(text) \
        or coordinated_finding(text) or met_who_told_mention(text) or put_it_mention(text) or as_put_mention(text) \
        or described_in_mention(text) or more_mention(text) or extra_mention(text) \
        or heading_mention(sentence_text) or clause_group(text) or refused_but_said(text) \
        or aside_mention(text) or trailing_described_source(text) or asked_body_it(text) \
        or heard_from_described(text) or document_instructs(text) or source_note(text) \
        or called_to_say(text)  # "We asked X for comment; it said"; "He rang back to say the fee was refunded"


# "As one former cook put it, ...", "As the foreman told us, ...": the speaker of the whole sentence
_AS_PUT = re.compile(
    r"^\s*(?:(?:In\s+practice|In\s+short|In\s+the\s+end|But|And|Still|Yet),?\s+)?(?:[Jj]ust\s+)?[Aa]s\s+"
    r"(?P<sp>(?:(?i:a|an|the|one|another)\s|[A-Z])[^,;:\"]{1,80}?)(?:,\s+(?:aged\s+)?\d{1,2},)?\s+(?:(?:later|once|"
    r"recently|also)\s+)?"
    r"(?P<verb>put\s+it(?:\s+to\s+(?:me|us|him|her|them|reporters))?|puts\s+it(?:\s+to\s+(?:me|us))?|"
    r"said|says|explained|explains|described\s+it|told\s+(?:us|me|"
    r"reporters|the\s+\w+)|recalled|recalls|noted|notes|wrote|writes|observed|observes|found|finds|shows|showed|"
    r"documented|documents|concluded|concludes|reported|reports|estimates|estimated|argues|argued|points\s+out|"
    r"pointed\s+out|describes|makes\s+clear|made\s+clear|found\s+out|learned|learnt|discovered|established)\s*[,:]")
# "... was described in a 2021 report by the rights group X": the report speaks
_DESCRIBED_IN = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:first\s+)?(?P<verb>described|documented|"
    r"detailed|recorded|reported|outlined|highlighted|set\s+out)\s+in\s+(?P<sp>(?:a|an|the|its|their)\s+"
    r"[^,;:\"]{2,90}?)\s*(?:[.;]|,\s|$)")


def as_put_mention(text: str) -> Mention | None:
    """ "As one former cook put it, "we were ..."": the one who put it so speaks."""
    return group_mention(_AS_PUT.match(text), "said") if text.lstrip()[:3] in ("As ", "Jus") or (
        " as " in text[:40] and text.lstrip()[:3] in ("In ", "But", "And", "Sti", "Yet")) else None


def described_in_mention(text: str) -> Mention | None:
    """ "Such conditions were documented in a 2021 report by Open Gate": the report speaks."""
    m = _DESCRIBED_IN.search(text) if " in " in text else None
    if m is None or classify(m.group("sp").strip()) != "document":
        return None
    return group_mention(m, "said")


# "A woman identified only as Hyun said", "a man who identified himself as a supervisor": naming, never the report
NAMING_VERB = re.compile(r"(?:identified|referred\s+to)\s+(?:here\s+|in\s+this\s+\w+\s+|(?:him|her|them)sel(?:f|ves)\s+)?(?:only\s+)?as\s+\S")


# the base form of a reporting verb after a plural subject ("Our members ... report that", "Officials now believe")
_PLURAL_REPORT = re.compile(
    r"^\s*(?P<sp>(?!(?:I|We|You|They|These|Those|Some\s+say)\b)[A-Z](?:(?!\swhere\s)[^,;:\"]){2,100}?)\s+(?:(?:also|now|still|"
    r"generally|often|widely)\s+)?(?P<verb>report|believe|estimate|allege|claim|describe|recall|complain|say|"
    r"tell\s+us|told\s+us)\s+(?!(?:to|for|on|in|at|back|into|from|with|up|out)\b)(?:that\s+)?"
    r"(?=[a-z\d\"]|the\b|The\b)")

# the verbs _PLURAL_REPORT needs (it is case-sensitive): without one, no match (a cheap test first)
_PLURAL_VERBS = ("report", "believe", "estimate", "allege", "claim", "describe", "recall", "complain", "say",
                 "tell", "told")


def plural_subject_mention(text: str) -> Mention | None:
    """ "Our members who have worked beside the crew report that ...", "Border officials now believe
    ...": a group speaking with the base form of a reporting verb."""
    m = _PLURAL_REPORT.match(text) if any(v in text for v in _PLURAL_VERBS) else None
    if m is None:
        return None
    sp = m.group("sp").strip()
    head = rx.QUALIFIER.split(sp, maxsplit=1)[0].split()[-1]
    plural = head.endswith("s") and not head.endswith(("ss", "'s", "\u2019s")) or head.lower() in IRREGULAR_PLURALS  # "union's"
    if not plural or classify(sp) not in ("anonymous_source", "official", "organization"):
        return None
    verb = m.group("verb").split()[0]
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(verb), False)


def object_pronoun(sp: str) -> str | None:
    """The pronoun of "According to him, ..." or "According to him the lights ...": "he", "she", "they"
    ("According to her lawyer" is not one)."""
    words = sp.strip().split()
    if not words:
        return None
    first = words[0].lower().rstrip(",")
    if len(words) == 1 and first not in ("his", "their") or first in ("him", "them") or first in ("his", "her", "their") and len(
            words) > 1 and words[1].lower().rstrip(",") in ("the", "a", "an", "their", "they", "some", "most", "all", "workers", "wages", "words"):
        return OBJECT_PRONOUNS.get(first)
    return None


_CHARACTERISED = re.compile(
    r"(?:^|,\s+)(?P<sp>(?:(?i:a|an|the|its|their)\s|[A-Z])[^,;:\"]{2,80}?)\s+(?:(?:has|had|have)\s+)?"
    r"(?:called|branded|labelled|labeled|termed|dismissed)\s+(?:the\s+|these\s+|such\s+|recent\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?|stories|articles)\b")


def characterised_mention(text: str) -> Mention | None:
    """ "..., a company spokesman had called reports of overseas workers "a fabrication"": the one who
    characterised them speaks."""
    if not any(w in text for w in ("called", "branded", "label", "termed", "dismissed")):
        return None
    return group_mention(_CHARACTERISED.search(text), "said")


_COUNTED = re.compile(
    r"^\s*(?P<sp>(?:A|An|One\s+more|Yet\s+another)\s+(?:second|third|fourth|fifth|sixth|seventh|final|last)"
    r"(?:\s+(?:one|man|woman|worker|source|person|interviewee|witness))?)\s*,?\s+(?P<verb>said|says|told|tells|"
    r"described|recalled|added|explained|complained)\b")


def counted_mention(text: str) -> Mention | None:
    """ "A third said she had been slapped": one more person of a group that is speaking in turn."""
    m = _COUNTED.match(text)
    if m is None:
        return None
    return Mention(m.group("sp"), m.start("sp"), m.end("sp"), _cue(m.group("verb")), False)


_ANONYMITY = re.compile(
    r",\s+(?:speaking\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|speaking\s+anonymously|"
    r"(?:who\s+)?(?:spoke|asked|requested|declined|agreed\s+to\s+speak)\s+(?:on\s+(?:the\s+)?condition\s+of\s+"
    r"anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)|anonymity|to\s+remain\s+anonymous|to\s+be\s+named)|"
    # "who spoke on condition that his name not be used": the same condition in a that-clause
    r"(?P<that>(?:who\s+)?(?:spoke|speaking|talked|talking))\s+on\s+(?:the\s+)?condition\s+that\s+(?:his|her|their)\s+names?\s+"
    r"(?:not\s+be|be\s+withheld|would\s+not|was\s+not|were\s+not|be\s+kept))"
    r"\b[^,]{0,100}$")


def without_anonymity(wording: str) -> str:
    """A speaker phrase without its closing anonymity clause ("The ministry official, speaking on
    condition of anonymity" -> "The ministry official"); a name given in the clause stays."""
    if "anonym" not in wording and "named" not in wording and "identified" not in wording and "condition" not in wording:
        return wording
    m = _ANONYMITY.search(wording)
    if m is not None and m.start() > 0 and classify(wording[:m.start()]) == "organization" \
            and classify(wording) == "anonymous_source":
        return wording  # "the plant's owner, who asked not to be named": a person off the record, not the firm
    if m is not None and m.group("that") and rx.SPACE_CAPITAL.search(wording[:m.start()]) is None:
        return wording  # the that-clause is cut only after a body the phrase names (README: an official of a named
        # ministry stays official off the record; "a local inspector, speaking on condition that ..." is a person)
    return wording[:m.start()] if m is not None and m.start() > 0 else wording


_CLAIM_OBJECT = re.compile(r"^(?:a|an|the)\s+(?:claim|allegation|charge|accusation|assertion|account|figure|"
                           r"estimate|version)\s+(?:that\s+)?(?=(?:the|a|an|its|their|his|her|[A-Z])\b)")


# a reported clause before the speaker ("The firm never held their passports, the director [said]"): a finite
# clause (an auxiliary or a negation in it) cannot be the head of a speaker phrase
_CLAUSE_BEFORE = re.compile(r"^(?P<clause>[^,]{3,200}?\b(?:never|not|had|has|have|was|were|is|are|did|does|would|will|"
                            r"could|can|must|nobody|no\s+one)\b[^,]*)(?:,[^,]*)*?,\s+"
                            r"(?P<np>(?:(?i:the|a|an|its|one|another|two|three)\s+|(?-i:[A-Z]))[^,]{1,80})$")


def _clause_cut(wording: str) -> int:
    """Where the speaker starts after a reported clause glued before it (0 when there is none)."""
    m = _CLAUSE_BEFORE.match(wording) if wording.count(",") and " " in wording else None
    if m is None or rx.RELATIVE.search(m.group("clause")):
        return 0
    np = m.group("np")  # a speaker the classifier knows, or a short noun phrase ("the director")
    short = rx.DETERMINED_NOUN.fullmatch(np) is not None
    return m.start("np") if classify(np) is not None or short else 0


def firm_clause(name: str, clause: str) -> bool:
    """Does "who runs (owns, manages, heads) ..." after the name ``name`` make the person the head of a firm
    ("Mark Vella, who manages the plant": README, a firm's named managers given as such speak for it)?"""
    return rx.WHO_RUNS.match(clause) is not None and classify(f"{name}, {clause}") == "organization"


def trimmed(wording: str) -> tuple[int, str]:
    """A speaker phrase without a noun the speaker's verb has as object ("a claim the company [denies]"
    -> "the company"), without a reported clause before it and without a closing anonymity clause: (characters
    cut at the front, phrase)."""
    cut = len(wording) - len(wording.lstrip("-\u2013\u2014 ")) if wording[:1] in "-\u2013\u2014" else 0
    wording = wording[cut:]  # '... -- a former worker said': the dash is punctuation, not the speaker's
    if (clause := _clause_cut(wording)) > 0:  # "The firm never held their passports, the director"
        cut, wording = cut + clause, wording[clause:]
    obj = _CLAIM_OBJECT.match(wording) if wording[:1] in "aAtT" else None
    if obj is not None and classify(wording[obj.end():]) is not None:
        return cut + obj.end(), without_anonymity(wording[obj.end():]).rstrip(" ,")
    return cut, without_age_clause(without_floating_tail(without_anonymity(wording).rstrip(" ,")))  # "The builders all [say]"


_SOURCE_PHRASE = re.compile(
    r"(?:,\s+per\s+|,\s+as\s+(?:first\s+)?(?:reported|revealed)\s+by\s+"
    r"|^\s*As\s+(?:reported|stated|noted|documented|described|first\s+reported)\s+by\s+)"
    r"(?P<sp>(?:(?i:a|an|the)\s|[A-Z])[^,;:\"]{2,100}?)\s*(?:[,.;]|$)")


def source_phrase_mention(text: str) -> Mention | None:
    """ "..., per a 2022 report by the Walk Free Foundation.", "..., as first reported by NK News." and
    "As reported by Radio Free Asia, ...": the source named in the phrase."""
    if "per " not in text and "As " not in text and "as " not in text:
        return None
    return group_mention(_SOURCE_PHRASE.search(text), "according to")


_WHICH_IT = re.compile(
    r"^\s*(?P<sp>(?:The|[A-Z])[^,;:\"]{1,100}?)\s+(?:(?:on|last|in|this|earlier)\s+\w+\s+)?[a-z]+(?:ed|d)\s+"
    r"[^,;:\"]{2,100},\s+(?:which|whom|who)\s+(?:it|they)\s+(?:had\s+)?(?P<verb>described|said|says|called|accused|"
    r"alleged|identified|named|found|believes|believed)\b")


def which_it_mention(text: str) -> Mention | None:
    """ "OFAC on Tuesday designated Kumsong Horizon, which it described as a front for ...": the body that
    acted (the subject) speaks the relative clause."""
    if " it " not in text and " they " not in text:
        return None
    m = _WHICH_IT.match(text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if not _plausible(sp) or classify(sp) not in ("official", "organization", "document", "outlet"):
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), False)


_COORDINATED = re.compile(
    r"^\s*(?:(?:In|On|Last|Earlier|During)\s[^,;:\"]{1,40}?,?\s+)?(?P<sp>(?:an?|the|its|their|one)\s+[^,;:\"]{2,100}?|"
    r"(?:[A-Z][\w-]*\s+)?(?:[Aa]uditors|[Ii]nspectors|[Ii]nvestigators|[Rr]esearchers|[Aa]ssessors))"
    r"\s+[a-z]+ed\s[^;:\"]{2,120}?\s+and\s+(?:then\s+)?(?P<verb>found|concluded|showed|confirmed|reported|noted)\b")


def coordinated_finding(text: str) -> Mention | None:
    """ "In May an independent audit by Harbin Audit Partners visited the plants and found ...": the
    audit (a document, a body) that acted and then found speaks."""
    if " and " not in text:
        return None
    m = _COORDINATED.match(text)
    if m is None:
        return None
    sp = m.group("sp").strip()
    if not _plausible(sp) or classify(sp) not in ("document", "organization", "official"):
        return None
    return Mention(sp, m.start("sp"), m.start("sp") + len(sp), _cue(m.group("verb")), False)


# the subject of a sentence described by a relative clause that ends in "as": the mention after "as" is
# the subject's job ("Ana Borg, who worked there as a packer, said ..."), never a speaker of its own
_ROLE_IN_RELATIVE = re.compile(r"^\s*(?P<np>[A-Z][^,;:\"]{1,60}?),\s+who\s+[^,;:\"]{2,80}?\bas\s+$")


_TRAIL_LEAD = re.compile(r"[,;]?\s*(?:according\s+to|as)?\s*$", re.IGNORECASE)
# a body briefing an institution (never "told the workers that ...": what workers were told is their account)
_BRIEFED = re.compile(r"\s+(?:(?:also|had|has|have|earlier|reportedly)\s+)*(?:told|informed|briefed|assured|"
                      r"warned)\s+(?:[\w'\u2019-]+\s+){0,3}?(?i:lawmakers|legislators|parliament|mps|senators|deputies|"
                      r"committee|session|hearing|meeting|briefing|reporters|journalists|court|tribunal|judges?|"
                      r"investigators|panel|commission|inquiry|council|assembly|delegates|diplomats|press|media)\s+that\s")
_SUBJECT_BRIEFED = re.compile(r"(?P<sp>(?:The\s+|[A-Z])[^,;:\"]{1,80}?)(?=" + _BRIEFED.pattern + ")")
_BRIEF_VERB = gated(r"\b(?:told|informed|briefed|assured|warned)\s")
_PRONOUNS = frozenset("he she they it i we you".split())
# "In a closed session, ", "Separately, ": the setting of the briefing, or a link word, before the body that told its
# audience
_FRONTED_ADJUNCT = re.compile(r"\s*(?:Separately|Meanwhile|(?:In|At|During)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:session|"
                              r"hearing|briefing|meeting))\s*,\s*")


def nested_speaker(m: Mention, sentence_text: str, find: Callable[[str], Mention | None]) -> Mention:
    """ "The spy agency told lawmakers that ..., according to lawmaker Kim" and "The agency also told the
    committee that ..., Kim said": the body that told its audience speaks, the one who passed it on is
    the relay (a chain keeps its innermost speaker)."""
    if m.start < 25 or m.relay is not None or m.cue not in ("said", "according to", "told", "say", "add", "tell"):
        return m
    prefix = sentence_text[: m.start]
    if not _BRIEF_VERB.search(prefix):
        return m  # no body told anyone anything before the speaker: nothing nested (and no second search)
    prefix = prefix[: _TRAIL_LEAD.search(prefix).start()]  # type: ignore[union-attr]
    head = find(prefix) if len(prefix) > 20 else None
    if head is None and len(prefix) > 20:  # "The agency told a closed-door session that ...": any audience
        sp = _SUBJECT_BRIEFED.match(prefix)
        head = Mention(sp.group("sp"), 0, sp.end("sp"), "told") if sp is not None and classify(sp.group("sp")) else None
    if head is None or head.start > 2 and _FRONTED_ADJUNCT.fullmatch(prefix, 0, head.start) is None \
            or head.wording.lower() in _PRONOUNS or head.wording == m.wording \
            or _BRIEFED.match(prefix, head.end) is None:
        return m
    return Mention(head.wording, head.start, head.end, head.cue, head.direct, m.wording)


def main_clause(m: Mention, sentence_text: str, find: Callable[[str], Mention | None]) -> Mention:
    """The main clause's speaker when the one found speaks only a trailing relative clause ("A payroll
    sheet ... lists AED 1,800 paid to X, whose workers told us ..." -> the payroll sheet)."""
    m = main_over_trailing_as(aged_name(m, sentence_text), sentence_text, find)  # "As Abdullo, 34, put it"
    m = appositive_source(m, sentence_text)  # "According to a third source, a driver on the night shift, ..."
    m = speaking_for(object_apposition(m, sentence_text), sentence_text)  # "... Y, a processor, saying": X; "Speaking
    # for the Ministry of Gender, Labour and ..., spokesperson P said": the spokesperson
    if (reply := reply_after_question(m, sentence_text, find) or met_name_pronoun(m, sentence_text)) is not None:
        return reply  # "X asked whether ...; Whitlock replied that ...", "When I met Kim ..., he told me"
    inner = nested_speaker(m, sentence_text, find)
    if inner is not m:
        return inner
    role = _ROLE_IN_RELATIVE.match(sentence_text[: m.start]) if m.start > 8 else None
    if role is not None and classify(role.group("np")) in ("named_person", "anonymous_source"):
        # "Ana Borg, who worked at the plant as a packer, said ...": Ana Borg, not "a packer"
        return Mention(role.group("np"), role.start("np"), role.end("np"), m.cue, m.direct, m.relay)
    if not m.wording.lower().startswith("whose ") or m.start < 4:
        return refine(m, sentence_text)
    head = find(sentence_text[:m.start].rstrip(" ,"))
    return head if head is not None and head.end <= m.start else m


_APPOSED_FIRST = frozenset("a an the his her their its one who whose aged now then formerly himself herself "
                           "speaking also still".split())


def apposed_subject(wording: str) -> bool:
    """Is the part after the first comma of a sentence-opening subject an apposition ("Baek, a logger", "Baek,
    34", "A person familiar with it, speaking on condition of anonymity") rather than a second verb of a
    clause ("The women arrive in buses, work the squid lines ..., say residents": the clause is what was
    said)?"""
    parts = wording.split(",", 1)
    if len(parts) < 2 or not parts[1].split():
        return False
    w = parts[1].split()[0]
    return w[:1].isupper() or w[:1].isdigit() or w.lower() in _APPOSED_FIRST or w.lower().endswith(("ing", "ed"))
