"""A report verb inside a clause of time or cause after the main clause ("A Tajik welder was threatened with
dismissal after he complained that he had been paid half his wage"; "She was beaten when she asked that her
passport be returned"): the pronoun is the main clause's own subject, and the sentence is the page's account of
what was done to that person, not that person's claim (the way "Two welders were sacked after they complained
..." already reads). So is such a clause in which someone else told the person about something, after a main clause that
reports nothing ("She flew to Kazan after a cousin told her about a job at a bakery": how the story went, not the
cousin's claim). A reporting main clause ("He said he was fined after he complained") keeps its own speaker,
which is found before the clause. Called from :mod:`labourlens.analyse.attribution`; examples are invented.

In an interview's answer ("A: ...") the same holds for a reporting clause that opens after a semicolon ("The door was
locked from outside at night; the owner said it was because of the police"): that speaker gives the reason of the
second clause, and the statement before the semicolon stays the interviewee's. (In a page's own account such a
sentence is often one source's point followed by more of it, "Wages exist mainly on paper; the same source said ...",
so the rule keeps to answers.)"""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.analyse.embedded_pronouns import subject_of_relative
from labourlens.analyse.participle_reports import participle_speaker, quote_open_at
from labourlens.analyse.speakers import Mention
from labourlens.model import Sentence

__all__ = ["subordinate_pronoun"]

_SUBORDINATE = re.compile(
    r"\b(?:after|when|because|since|until|once|before|as\s+soon\s+as|each\s+time|whenever)\s+(?:he|she)\s*$",
    re.IGNORECASE)
# a main clause with no quotation and no reporting verb, then a clause of time or cause whose subject is the mention
_SUBORDINATE_NP = re.compile(r"^(?![^\"\u201c\u201d]*\b(?:said|says|told|tells|according)\b)[^\"\u201c\u201d]{15,}\s"
                             r"(?:after|when|because|until|once|before)\s+$", re.IGNORECASE)
# what the clause tells: someone told about a thing ("told her about a job"), no statement reported
_TOLD_ABOUT = re.compile(r"\s*,?\s*(?:had\s+)?(?:told|tells|tell)\s+(?:her|him|them|me|us)\s+(?:about|of)\b", re.IGNORECASE)
_PRONOUN_END = re.compile(r"\b(?:he|she)$", re.IGNORECASE)
# a clause before a semicolon with no quotation of its own, then the reporting clause's subject
_ANSWER_LABELS = ("A:", "A.", "A -", "Answer:")
_BEFORE_SEMICOLON = re.compile(r"^[^;\"\u201c\u201d]{12,};\s+(?:but\s+|and\s+)?$")


def _in_answer(sentences: Sequence[Sentence], i: int) -> bool:
    """Is ``sentences[i]`` part of an interview's answer (its paragraph opens with "A:")?"""
    j = i
    while j > 0 and sentences[j - 1].paragraph == sentences[i].paragraph:
        j -= 1
    return sentences[j].text.startswith(_ANSWER_LABELS)


def subordinate_pronoun(m: Mention | None, sentence_text: str, sentences: Sequence[Sentence] = (), i: int = 0) -> Mention | None:
    """None for a mention whose speaker is the "he" or "she" of a clause of time or cause ("... after he complained
    that ..."), or who speaks after a semicolon in an answer (``sentences[i]`` the sentence); ``m`` otherwise.
    (s46) A "he" speaking in a relative clause after a person's own verb ("X showed photos that he said") is X; so is
    the X of "X stopped work, saying ..." (participle_reports)."""
    if sentences and sentences[i].kind == "body":
        m = participle_speaker(subject_of_relative(m, sentence_text), sentence_text)
    if m is None or m.wording.lower() == "they" and quote_open_at(sentence_text, m.start):
        return None  # (s46) '"Our back pay, they say, comes in June."': hearsay in the quoted one's words
    if ";" in sentence_text[:m.start] and not m.direct and sentences and _BEFORE_SEMICOLON.match(sentence_text[:m.start]) \
            and _in_answer(sentences, i):
        return None  # "A: ... The door was locked at night; the owner said it was because of the police"
    if _PRONOUN_END.search(m.wording.strip()) is None:
        # "He went to Kazan once a cousin told him about the site": the clause tells how the page's account came about
        return None if not m.direct and _TOLD_ABOUT.match(sentence_text, m.end) and _SUBORDINATE_NP.match(
            sentence_text[:m.start]) else m
    return None if _SUBORDINATE.search(sentence_text[:m.end]) else m
