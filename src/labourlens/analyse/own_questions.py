"""Question headings a page answers itself: an explainer, not an interview.

An explainer or FAQ sets its sections under questions ("What is the scheme?", "How much money is involved?",
"Why hasn't it stopped?") and answers them in its own voice. Its question lines look like an interviewer's
questions, and an answer that runs on after a researcher was quoted must not become the researcher's answer.
A page is read as answering its own questions when nothing before its first question names anyone it could
be talking to and the first answer is not in the first person (an interview's first answer is the
interviewee's: "I went to Qatar in 2015"); its questions are then no interviewer's.

(s344) A page of readers' questions ("Q: Is my boss allowed to hold my passport?", "Q: Must my boss pay me extra for
Sundays?") answered under "A:" labels is the page's own answering too: the questions are the readers', in their own
words, and the answers the page's, so nobody met in an answer becomes the one who answers the next
(:func:`reader_questions`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourlens.analyse.interviewees import bold_question_paragraphs, interviewee_name, intro_person
from labourlens.analyse.registry import _last_name as last_name
from labourlens.analyse.transcript_labels import question_paragraphs
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["page_questions", "reader_questions"]

_LABELLED = re.compile(r"^\W{0,3}(?:Q|Question|A|Answer)\s*[:.)-]\s", re.IGNORECASE)
_INTERVIEW = re.compile(r"\b(?:Q\s*&\s*A|Q\s+and\s+A|[Ii]nterview(?:ed)?|[Ss]poke\s+to|[Tt]alked\s+to|[Aa]sked)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|we|We|our|Our|us|My)\b")


def page_questions(text: str, sentences: list[Sentence], reg: Registry) -> set[int]:
    """The paragraphs of an interviewer's questions ("Q: ...", a (bold) line of questions only), or none when the page
    answers its own questions."""
    paras = question_paragraphs(sentences) or bold_question_paragraphs(sentences)
    if not paras:
        return paras
    q0 = min(paras)
    first = next(i for i, s in enumerate(sentences) if s.paragraph == q0)
    if any(_LABELLED.match(s.text) for s in sentences if s.kind == "body"):
        return paras  # "Q: ...", "A: ...": an interview's labelled turns
    lede = text[:sentences[first].start]
    if _INTERVIEW.search(lede) or interviewee_name(lede) or last_name(lede) or intro_person(lede) or any(
            e.person and e.source.spans and min(e.source.spans)[0] < sentences[first].start for e in reg.entries):
        return paras  # an interview, or someone met before the first question: the one who answers
    nxt = min((p for p in paras if p > q0), default=None)
    answer = [s.text for s in sentences if s.paragraph > q0 and (nxt is None or s.paragraph < nxt)]
    if not answer or any(_FIRST_PERSON.search(t) for t in answer):
        return paras
    return set()


_QUESTION_LINE = re.compile(r"^\W{0,3}(?:Q|Question)\s*[:.)-]\s")
_READER = re.compile(r"\b[Mm]y\b")  # the reader's own employer, papers or pay: "my employer", "My passport"


def reader_questions(sentences: list[Sentence]) -> bool:
    """Are the page's labelled questions mostly readers' own ("Q: Is my boss allowed to hold my papers?"), two or more?"""
    questions = [s.text for s in sentences if s.kind == "body" and _QUESTION_LINE.match(s.text)]
    mine = sum(1 for q in questions if _READER.search(q))
    return mine >= 2 and 2 * mine >= len(questions)
