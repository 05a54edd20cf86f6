"""The wording of a speaker phrase that ran over words that are not the speaker (called from
:func:`labourlens.analyse.speaker_voices.colon_trim`, which every found mention passes):

- a wire dateline glued to the subject ("Ghana - Ghanaian police", "Peru — The ministry"): the subject;
- a date or day after the subject ("The Council on 2 September", "the ministry on Tuesday"): the subject;
- an audience after "told" ("Several told the charity Safe Harbour", "Two told the newspaper"): the
  ones who told, not the ones told;
- a clause before a semicolon ("Our team found no locks on the doors; several"): the subject after it;
- a clause before a pronoun that tags it ("Riders who want to change sponsor are told they must pay, he"): the
  pronoun."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.gated import gated

if TYPE_CHECKING:
    from labourlens.analyse.speakers import Mention

__all__ = ["wording_trim"]

_DATELINE = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*\s*(?:\s-|[\u2013\u2014]|--)\s*(?=[A-Z])")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|" \
    r"Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TRAILING_DATE = re.compile(
    rf",?\s+(?:on\s+(?:{_DAY}(?:,?\s+\d{{1,2}}\s+{_MONTH}|,?\s+{_MONTH}\s+\d{{1,2}})?|\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}"
    rf"|the\s+\d{{1,2}}(?:st|nd|rd|th)(?:\s+of\s+{_MONTH})?)(?:,?\s+\d{{4}})?"
    rf"|(?:last|this)\s+(?:week|month|{_DAY})|yesterday|earlier\s+this\s+(?:week|month|year)"
    # a document's date in apposition: "The cable, dated March 2024", "the memo, dated 3 May 2023"
    rf"|(?<=,\s)(?:dated|issued|signed|sent|written)\s+(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)$")
_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b|,", re.IGNORECASE)
# (not a passive: "Riders who want to change sponsor are told they must ...")
_TOLD = gated(r"(?<!\bare)(?<!\bis)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)\s+told\s+(?:the|a|an|this|our|local|reporters|"
              r"journalists|[A-Z])")


def _classify(text: str) -> str | None:
    from labourlens.analyse.speakers import classify  # noqa: PLC0415 - speakers imports speaker_voices

    return classify(text)


def _cut(m: Mention, start: int, end: int) -> Mention:
    from labourlens.analyse.speakers import Mention  # noqa: PLC0415

    words = m.wording[start:end]
    lead = len(words) - len(words.lstrip())
    words = words.strip()
    return Mention(words, m.start + start + lead, m.start + start + lead + len(words), m.cue, m.direct, m.relay)


_PRONOUN_TAG = re.compile(r",\s+(?P<p>he|she|they|we)$")
_RELATIVE_END = re.compile(r"\b(?:who|whom|that|which)$")
# "..., according to a notice posted in the canteen": "posted" is the notice's participle, the notice the source
_ACCORDING = re.compile(r"^(?:according\s+to|as\s+stated\s+in|as\s+set\s+out\s+in)\s+", re.IGNORECASE)


# (s39) a speaker phrase that ran back over the clause its subject opened, past an apposition, to the start of the
# sentence, read as a document for the paper it names ("The foreman kept the girl's permit, her only paper, and said
# she ..."): the subject before the verb speaks
_RAN_OVER_CLAUSE = re.compile(
    r"^(?P<subj>(?:The|A|An|One|This|That)\s+(?:(?!who\b|which\b|that\b)[A-Za-z'\u2019-]+\s+){0,3}?)"
    r"(?:kept|took|held|seized|withheld|gave|sent|sold|paid|[a-z]{3,}ed)\s+"
    r"(?:the|a|an|his|her|their|its|our|my|all|[A-Za-z]+(?:'s|\u2019s))\s+[^,;]*,")


def wording_trim(m: Mention) -> Mention:
    """``m`` without "according to" before it, a dateline, a trailing date, an audience after "told" or a clause
    before a semicolon (each only when what stays is still a speaker phrase)."""
    w = m.wording
    acc = _ACCORDING.match(w)
    if acc is not None and _classify(w[acc.end():]) is not None:
        m, w = _cut(m, acc.end(), len(w)), w[acc.end():]
        m.cue = "according to"
    if ";" in w:
        at = w.rindex(";") + 1
        if w[at:].strip() and _classify(w[at:].strip()) is not None:
            m, w = _cut(m, at, len(w)), w[at:].strip()
    dateline = _DATELINE.match(w)
    if dateline is not None and _classify(w[dateline.end():]) is not None:
        m, w = _cut(m, dateline.end(), len(w)), w[dateline.end():]
    ran = _RAN_OVER_CLAUSE.match(w)
    if ran is not None and _classify(w) == "document" and _classify(ran.group("subj").strip()) not in (None, "document"):
        return _cut(m, 0, ran.end("subj"))
    tag = _PRONOUN_TAG.search(w)
    if tag is not None and len(w[: tag.start()].split()) > 4:  # "Riders ... are told they must pay, he [said]": he
        return _cut(m, tag.start("p"), len(w))
    told = _TOLD.search(w)
    if told is not None and told.start() > 0 and not _RELATIVE_END.search(w[: told.start()]) \
            and _classify(w[: told.start()]) is not None:  # not "the woman who told the court"
        m, w = _cut(m, 0, told.start()), w[: told.start()]
    date = _TRAILING_DATE.search(w)
    if date is not None and date.start() > 0 and not _CLAUSE.search(w[: date.start()]) \
            and _classify(w[: date.start()]) is not None:  # not "Ri, who left on 2 May": the clause's date
        m = _cut(m, 0, date.start())
    return m
