"""Question headings of an explainer ("How many are there?", "How are they paid?", "Can they leave?" on lines of their
own, each followed by the writer's answer): sections of the page's own account, not an interviewer's questions, so
the paragraphs under them are not given to an interviewee. An interview addresses someone ("What do your clients
tell you?"), labels its turns ("Q:", "A:"), or says it is one ("interview", "transcript", "Q&A"); headings do none
of these. Used by :func:`labourlens.analyse.transcript_labels.question_paragraphs`; examples are invented."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["faq_headings"]

_ADDRESS = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_INTERVIEW_WORDS = re.compile(r"\b(?:interview(?:s|ed)?|transcript|Q\s?&\s?A|conversation|questions|in\s+their\s+own\s+words|"
                              r"talked\s+(?:to|with)|spoke\s+(?:to|with)|asked\s+(?:him|her|them))\b|^\s*[QA]\s*[:.)-]\s",
                              re.IGNORECASE | re.MULTILINE)


def faq_headings(questions: Iterable[str], page: str) -> bool:
    """Are ``questions`` (the texts of the question paragraphs) an explainer's headings: none addresses anyone, and the
    ``page`` (the text up to the first of them) does not present an interview?"""
    return not any(_ADDRESS.search(q) for q in questions) and _INTERVIEW_WORDS.search(page) is None
