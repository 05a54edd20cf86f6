"""A report in the clause after a semicolon: "Wages of 35,000 rubles were promised; the court established that the
workers were paid 5,000" or "...; the ministry said the men had permits". When the sentence has no speaker before,
the clause's own speaker speaks (its offsets are the sentence's); but a tag that closes the first clause ("..., he
said; a second rider put the figure at ...") gives the sentence its speaker first. A clause that gives an order ("...; a 2017 resolution
required all of them to be sent home") reports nothing about the clause before it, which stays unattributed. The
clause after the outlet's own question ("We asked the board, and a spokesperson said ...") is the answer's
(:func:`asked_answer`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from labourlens.analyse.speaker_repairs import document_instructs
from labourlens.analyse.speakers import Mention, classify

__all__ = ["after_semicolon", "asked_answer", "before_semicolon"]

# "; the court established that", "; the ministry said": a subject of at most eight words, then the clause's verb
_CLAUSE = re.compile(r";\s+(?=(?:the|a|an|its|their|his|her|(?-i:[A-Z]))\b)", re.IGNORECASE)


# "The Authority is not persuaded by this reply: wage sheets kept at the mill show ...": a document opening the
# clause after a colon gives the evidence the clause states
_COLON = re.compile(r"^[^\"\u201c\u201d:]{20,}?:\s+(?=[a-z])")


# "We asked the ministry, and a spokesperson said ...": the outlet's own question, then the answer's clause
_ASKED_THEN = re.compile(r"^(?:We|I)\s+(?:(?:also|then|again|first|later)\s+)?(?:asked|contacted|approached|emailed|"
                         r"called|phoned|wrote\s+to|reached\s+out\s+to|put\s+(?:\w+\s+){0,2}questions?\s+to)\s"
                         r"[^;:\"\u201c]{3,120}?,\s+(?:and|but)\s+(?=(?:the|a|an|its|(?-i:[A-Z]))\b)", re.IGNORECASE)
_PRONOUNS = ("he", "she", "they", "it", "we", "i")
# "We are hearing, from two people we cannot identify, that ...": the ones the page heard it from
_HEARD_FROM = re.compile(r"^(?:We|I)\s+(?:(?:keep|kept|have|had|are|were|been|also|again|now|still)\s+)*(?:hear|hearing|heard)\s*,?\s+from\s+"
                         r"(?P<np>(?:the|a|an|several|two|three|four|some|many|other|our|[A-Z])[^,;:\"\u201c]{2,80}?)\s*,?\s+"
                         r"that\s(?!is\b|was\b|all\b)")


def asked_answer(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The one who answers in the clause after the outlet's own question ("We also asked the Labour Office, and a
    spokesperson told us ..."): the clause's subject, when it opens the clause; or the ones the page heard it from
    ("We keep hearing, from two sources, that ...")."""
    if sentence_text[:2] not in ("We", "I "):
        return None
    if (heard := _HEARD_FROM.match(sentence_text)) is not None:
        return Mention(heard.group("np"), heard.start("np"), heard.end("np"), "said", False)
    asked = _ASKED_THEN.match(sentence_text)
    if asked is None:
        return None
    at = asked.end()
    m = find(sentence_text[at].upper() + sentence_text[at + 1:])
    if m is None or m.start != 0 or m.wording.lower() in _PRONOUNS:
        return None
    return Mention(sentence_text[at:at + m.end], at, at + m.end, m.cue, m.direct, m.relay)


def after_semicolon(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker of the last clause after a semicolon in ``sentence_text`` (found by ``find``), or None; after a
    colon, only a document that opens the clause."""
    if ";" not in sentence_text:
        colon = _COLON.match(sentence_text) if ": " in sentence_text else None
        m = find(sentence_text[colon.end()].upper() + sentence_text[colon.end() + 1:]) if colon is not None else None
        if colon is None or m is None or m.start != 0 or classify(m.wording) != "document":
            return None
        return Mention(sentence_text[colon.end():colon.end() + m.end], colon.end(), colon.end() + m.end, m.cue, m.direct,
                       m.relay)
    cuts = [m.end() for m in _CLAUSE.finditer(sentence_text)]
    if not cuts:
        return None
    at = cuts[-1]
    clause = sentence_text[at:]
    as_sentence = clause[:1].upper() + clause[1:]
    m = find(as_sentence)  # the clause read as a sentence of its own
    if m is None or document_instructs(as_sentence) is not None or m.start > 60 or m.wording.lower() in _PRONOUNS:
        return None
    said = sentence_text[m.start + at:m.end + at]
    wording = said if said.lower() == m.wording.lower() else m.wording  # "the court", as the sentence has it
    return Mention(wording, m.start + at, m.end + at, m.cue, m.direct, m.relay)


def before_semicolon(sentence_text: str, find: Callable[[str], Mention | None]) -> Mention | None:
    """The speaker of a trailing tag that closes the first clause before a semicolon ("Riders are told they must buy
    back their residency, he said; a second rider put the figure at KD 400"): the first clause read as a sentence of
    its own, when its speaker comes at its end (a tag), not at its start."""
    at = sentence_text.find("; ")
    if at < 20:
        return None
    m = find(sentence_text[:at] + ".")
    if m is None or m.start < 10 or at - m.end > 30:
        return None
    return m
