"""Notices that set rules (extractor ``rule_notices.v1``).

A ministry's notice of a wage order, a regulation's summary or a decree sets out what employers shall do and what
workers are entitled to from a date on: "the order takes effect on 1 March", "every worker shall be paid ...",
"a worker is entitled to two rest days". Its sentences name workers only as those whom the rule protects; it
tells of nothing that happened to anyone. A report with no cue of abuse anywhere whose body is such a notice
describes no forced labour (:func:`labourlens.analyse.context.forced_labour_context`).

So does an association's or an office's notice to its members (:func:`member_notice`): headed or greeted as one
("Circular to members no. 7", "Dear members,"), it tells members what to file, by when and at what charge; its fees are
charges to the members and its pay is what the rules fix, with no account of abuse anywhere in it. A government's
notification headed by its enacting formula (the statutory powers it acts under, or a draft that calls for comments)
is read the same way: rates and rules that shall apply, no account of anything that happened. The words are the
knowledge file ``indicators.yaml`` (``member_notices``).

A body's announcement of a rule (:func:`rule_announcement`: "the ban on outdoor work at noon will apply from 1 July",
"employers must provide shade", "a fine of ... for each breach") is such a notice too, whatever its heading: a rule that
applies from a date, what employers must do, and no account of abuse anywhere in it."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.body_name_spans import in_body_name
from labourlens.analyse.gated import Folded
from labourlens.model import Sentence

__all__ = ["EXTRACTOR", "member_notice", "prescribes", "rule_announcement", "rule_notice", "tells_of_abuse"]

EXTRACTOR = "rule_notices.v1"

# the rule starts to apply from a date
_IN_FORCE = Folded(
    r"\b(?:(?:comes?|came|will come|shall come|enters?|entered|will enter|shall enter) into (?:force|effect|operation)|"
    r"(?:takes?|took|will take|shall take) effect|with effect from|(?:is|are|will be|shall be) effective from)\b",
    re.IGNORECASE)
# a prescription: what shall be done, what a person is entitled to, what may not be done
_PRESCRIBES = Folded(
    r"\b(?:shall|(?:is|are|remain|remains) entitled to|may not be|must not be|(?:is|are) (?:hereby )?required to|"
    r"(?:is|are) (?:hereby )?(?:prohibited|forbidden) from)\b",
    re.IGNORECASE)
_PRESCRIPTIONS = 3  # sentences that prescribe, at the least, in a notice


def rule_notice(body: list[Sentence]) -> bool:
    """Is the body a notice of rules that take effect, with several sentences that prescribe?"""
    texts = [s.text for s in body]
    if not any(_IN_FORCE.found(t) for t in texts):
        return False
    return sum(1 for t in texts if _PRESCRIBES.found(t)) >= _PRESCRIPTIONS


_HEAD = 500  # a notice's heading and greeting stand at its top
_NOTICE_PRESCRIPTIONS = 2


@lru_cache(maxsize=1)
def _notice_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml").get("member_notices") or {}

    def words(key: str) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{word_alternation([str(w) for w in data.get(key) or []])})\b", re.IGNORECASE)

    return words("frames"), words("prescribes"), words("accounts")


@lru_cache(maxsize=1)
def _untold() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words before and after an account word that make it name a channel or a thing to prevent, and the words of
    a finding (``member_notices``' ``untold_before``, ``untold_after`` and ``untold_modal``, ``untold_unless``)."""
    from labourlens.analyse.speaker_lexicon import section_alternations  # noqa: PLC0415 - loaded with the speaker stage

    alt = section_alternations("member_notices")

    # (up to three words between: "a hotline for recruitment complaints", "the indicators of forced labour")
    before = re.compile(rf"\b(?:{alt('untold_before')})\s+(?:[\w'\u2019-]+\s+){{0,3}}$", re.IGNORECASE)
    # (s357) or the subject of a modal channel, up to four words on: "Complaints about wages may be lodged with ..."
    # (s388) or a coordinated account word before the same noun: "forced labour and human trafficking statement"
    # (not a clause of its own: "trafficked and their statements were taken")
    after = re.compile(rf"^\s+(?:(?:(?:and|or)\s+(?!(?:their|his|her|its|the|a|an|then|were|was)\b)"
                       rf"(?:[\w'\u2019-]+\s+){{1,2}})?(?:[\w'\u2019-]+\s+){{0,1}}(?:{alt('untold_after')})|"
                       rf"(?:[\w'\u2019-]+\s+){{0,4}}(?:{alt('untold_modal')}))\b", re.IGNORECASE)
    unless = re.compile(rf"\b(?:{alt('untold_unless')})\b", re.IGNORECASE)
    return before, after, unless


def _told_in(sentence: str, accounts: re.Pattern[str]) -> bool:
    """Does the sentence use an account word of an account, not of a channel for grievances or of a thing a body vows to
    prevent ("Helpline for complaints about agents", "the indicators of forced labour": no account, unless it tells of a
    finding)?"""
    before, after, unless = _untold()
    found = unless.search(sentence) is not None
    for m in accounts.finditer(sentence):
        if in_body_name(sentence, m.start(), m.end()):
            continue  # (s339) "licensed by the Labour Exploitation Authority": a body's name, not an account
        if found or not (before.search(sentence[max(0, m.start() - 80):m.start()])
                         or after.match(sentence[m.end():m.end() + 40])):
            return True
    return False


def prescribes(sentence: str) -> bool:
    """Does the sentence say what shall or must be done (``member_notices``' ``prescribes``: "must", "shall", "are
    required to")?"""
    return _notice_patterns()[1].search(sentence) is not None


def tells_of_abuse(body: list[str]) -> bool:
    """Does any sentence use a word of an account of abuse (``member_notices``' ``accounts``)? Such a word keeps a
    notice, an advert, a help page or a firm's own page in the domain (but for a channel for grievances or a thing
    vowed against: :func:`_told_in`)."""
    accounts = _notice_patterns()[2]
    return any(_told_in(s, accounts) for s in body)


def member_notice(text: str, body: list[str]) -> bool:
    """Is the page a notice to an association's members that sets out a procedure and tells of no abuse?"""
    frame, prescribes, _ = _notice_patterns()
    if not body or frame.search(text[:_HEAD]) is None or tells_of_abuse(body):
        return False
    return sum(1 for s in body if prescribes.search(s)) >= _NOTICE_PRESCRIPTIONS


_LEDE = 2  # body sentences in which an announcement states its rule and the date it applies from
# a rule announced to apply from a date ("will apply from 1 July", "applies between June and August")
_APPLIES_FROM = Folded(r"\b(?:(?:will|shall) (?:apply|be enforced)|(?:applies|apply) (?:from|between)|"
                       r"(?:will|shall) be in (?:force|effect))\b", re.IGNORECASE)


def rule_announcement(text: str, body: list[str]) -> bool:
    """Is the body an announcement of a rule that applies from a date, with sentences that prescribe and no account of
    abuse?"""
    prescribes = _notice_patterns()[1]
    # (the rule and its date are the announcement's lede; a report that mentions a rule further down is no announcement)
    if not body or not any(_IN_FORCE.found(s) or _APPLIES_FROM.found(s) for s in body[:_LEDE]) or tells_of_abuse(body):
        return False
    prescriptions = sum(1 for s in body if prescribes.search(s))
    return prescriptions >= _NOTICE_PRESCRIPTIONS and prescriptions * 3 >= len(body)
