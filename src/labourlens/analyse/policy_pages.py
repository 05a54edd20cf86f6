"""A firm's own code of conduct or sourcing policy for its suppliers, for the document-level gate
(:func:`labourlens.analyse.context.forced_labour_context`).

A brand's "Supplier Code of Conduct" or "Responsible Sourcing Policy" page speaks of passports, recruitment fees,
overtime and deductions in the words of rules its suppliers shall follow ("Suppliers shall not retain workers'
identity papers", "Overtime must be voluntary"), and of what the firm itself does to check ("We audit our factories
every year"). It tells of nothing that happened to anyone: it describes no forced labour and yields no claims. It is
told apart by its heading (a code or a policy named in the page's first lines), a body in which rules are a common
sentence (at least a third of its sentences prescribe) and no word of an account of abuse anywhere, nor anyone's
reported words. A news story about a code ("Workers say the code is ignored") reports words or tells of abuse, and is
left alone. A word of abuse inside one of the code's own rules ("Suppliers shall not use trafficked labour", "Vendors must
offer staff a channel for complaints") names what the rule forbids or provides for, not an account: such a
sentence (one with the code's words of a rule and no past tense) is no account of abuse. The words are the knowledge
file ``indicators.yaml`` (``policy_pages``). Examples are invented."""

from __future__ import annotations

import re
from functools import lru_cache

from labourlens import knowledge
from labourlens.analyse.definitions import defines_practice

__all__ = ["policy_page"]

_HEAD = 600  # the page's title and heading stand in its first lines
_PRESCRIPTIONS = 3  # sentences that prescribe, at the least
_MIN_WORDS = 4  # words of a sentence of the code (not a section's number or heading)
_SHARE, _TITLED_SHARE = 3, 6  # one sentence in three prescribes; one in six under a title that names the code
# a report's words: what someone said or told (a firm's own page speaks in its own voice)
# (s359) the past tense of an account ("workers were trafficked", "had been beaten"): a rule's sentence speaks in none
_PAST = re.compile(r"\b(?:was|were|had been|has been|have been)\b", re.IGNORECASE)
# (s42) "stated" as a participle after what a paper sets down ("the notice period stated in the agreement", "the wage stated on
# the offer letter") is the paper's content, no one's reported words
_REPORTED = re.compile(r"\b(?:said|says|told|tells|stated(?!\s+(?:in|on)\s+(?:the|their|his|her|its|a|an|each|this)\s+"
                       r"(?:\w+\s+)?(?:contracts?|payslips?|agreements?|letters?|offers?|codes?|policy|section|law|rules))"
                       r"|according to|alleged|allegedly|reportedly)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from labourlens.analyse.speaker_lexicon import word_alternation  # noqa: PLC0415 - loaded with the speaker stage

    data = knowledge.load("indicators.yaml")
    own = data.get("policy_pages") or {}
    notices = data.get("member_notices") or {}

    def words(items: list[object]) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{word_alternation([str(w) for w in items])})\b", re.IGNORECASE)

    return (words(list(own.get("frames") or [])),
            words(list(own.get("prescribes") or []) + list(notices.get("prescribes") or []) + list(own.get("norms") or [])),
            words(list(own.get("prescribes") or [])))


def policy_page(text: str, body: list[str]) -> bool:
    """Is the page a firm's code or policy for its suppliers: headed as one, a third of its body prescribing, no
    account of abuse and no one's reported words?"""
    from labourlens.analyse.rule_notices import tells_of_abuse  # noqa: PLC0415 - the notice words load with that stage

    frame, prescribes, rule = _patterns()
    if not body or frame.search(text[:_HEAD]) is None or any(_REPORTED.search(s) for s in body):
        return False
    # (a section's number and its heading are no sentences of the code: "2.", "Working hours")
    sentences = [s for s in body if len(s.split()) >= _MIN_WORDS]
    prescriptions = sum(1 for s in sentences if prescribes.search(s))
    # (s34) a page whose title names the code ("Fair hiring at Ribeira: the code of conduct we follow") may state most of its
    # commitments in the present ("Papers remain with whoever holds them"): a sixth of its sentences prescribing is enough
    title = text.lstrip()[:_HEAD].split("\n", 1)[0]
    share = _TITLED_SHARE if frame.search(title) else _SHARE
    if prescriptions < _PRESCRIPTIONS or prescriptions * share < len(sentences):
        return False
    # (s359) the code's own rules name what they forbid ("shall not use bonded labour"): no account of abuse
    # (s43) nor does its section of definitions ("Forced labour, in the sense of the convention, is any work ...")
    return not tells_of_abuse([s for s in body if (rule.search(s) is None or _PAST.search(s) is not None)
                               and not defines_practice(s)])
