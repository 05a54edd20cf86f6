"""An interview of "Q:" and "A:" turns with a person who worked the job ("A: A fence around the site, a guard at the
gate. We could go out only with the brigadier.") is a worker's testimony though no answer says "worker": the
interviewee speaks of "us" and "we". A document of two questions or more, each answered by an "A:" turn, and an
answer in the first person, counts as naming workers for the gate in :func:`labourlens.analyse.claims.extract`.
Q&A pages that answer in the third person (a consulate's FAQ on fees) are left to the other gates."""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourlens.model import Sentence

__all__ = ["first_person_interview"]

_QUESTION = re.compile(r"Q\s*[:.]\s+\S")
_ANSWER = re.compile(r"A\s*[:.]\s+\S")
_FIRST_PERSON = re.compile(r"\b(?:I|we|us|our|my|me)\b", re.IGNORECASE)


def first_person_interview(sentences: Sequence[Sentence], body: Sequence[int]) -> bool:
    """True when the body holds two "Q:" turns or more, each followed by an "A:" turn, and an answer (its first
    sentence or the ones after it, up to the next question) speaks in the first person. A magazine's Q&A may print
    the answers unlabelled, as the paragraph after each "Q:" line: such a paragraph is an answer too, and then two
    of them must speak in the first person (a help page's unlabelled answers speak of "you")."""
    questions = answers = 0
    first_person = False
    in_answer = False
    question_para: int | None = None
    unlabelled: set[int] = set()  # paragraphs of unlabelled answers in the first person
    for i in body:
        text = sentences[i].text
        para = sentences[i].paragraph
        if text[:1] == "Q" and _QUESTION.match(text):
            questions += 1
            in_answer = False
            question_para = para
            continue
        if text[:1] == "A" and _ANSWER.match(text):
            answers += 1
            in_answer = True
        elif question_para is not None and para == question_para + 1 and not in_answer:
            if _FIRST_PERSON.search(text):
                unlabelled.add(para)
            continue
        if in_answer and _FIRST_PERSON.search(text):
            first_person = True
    if questions >= 2 and len(unlabelled) >= 2 and answers == 0:
        return True
    return questions >= 2 and answers >= 2 and first_person
