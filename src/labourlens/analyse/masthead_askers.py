"""A question-and-answer interview whose questions are labelled with the magazine's own name, printed as its
masthead: "HARBOUR LINES" over turns "Harbour Lines: Where were you hired?" / "Okafor: In Lagos." and, between the
questions, the magazine's short prompts that ask nothing ("Harbour Lines: The owners say the crews are paid.",
"Harbour Lines: You also quote a port log."). A label that names the page's masthead (one of its first headline
lines, in any case) and opens two question paragraphs or more, more of its paragraphs asking than not, is the
paper asking: its prompts are the interviewer's turns too, no claim of the outlet nor of anyone a prompt names.
Used by the claims stage (through :mod:`labourlens.analyse.interview_frame`). Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from labourlens.model import Sentence

__all__ = ["asker_paragraphs", "asker_prompts"]

_LABEL = re.compile(r"^([A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){1,3})[ \t]*:[ \t]+\S")
_HEAD_LINES = 3
_PROMPT_SENTENCES, _PROMPT_CHARS = 2, 220  # a prompt is short: a line or two


def _label(texts: Sequence[str]) -> str | None:
    m = _LABEL.match(texts[0]) if texts else None
    return m.group(1) if m is not None else None


def asker_paragraphs(sentences: Sequence[Sentence], by_para: Mapping[int, list[str]], questions: set[int]) -> set[int]:
    """The short paragraphs of the masthead's label that ask nothing, when that label asks the interview's questions
    (see the module doc); ``by_para`` holds each paragraph's sentence texts, ``questions`` the question paragraphs."""
    heads = {s.text.strip(" \t*_#").casefold() for s in sentences[:_HEAD_LINES] if s.kind == "headline"}
    if not heads or len(questions) < 2:
        return set()
    labels = {p: lab for p, texts in by_para.items() if (lab := _label(texts)) is not None and lab.casefold() in heads}
    asked = sum(1 for p in labels if p in questions)
    if asked < 2 or 2 * asked <= len(labels) or len({lab.casefold() for lab in labels.values()}) != 1:
        return set()
    return {p for p in labels if p not in questions and len(by_para[p]) <= _PROMPT_SENTENCES
            and sum(map(len, by_para[p])) <= _PROMPT_CHARS}


def asker_prompts(sentences: Sequence[Sentence]) -> set[int]:
    """The sentences of the masthead's prompts in an interview it asks (see the module doc), for the claims stage."""
    by_para: dict[int, list[str]] = {}
    for s in sentences:
        if s.kind == "body":
            by_para.setdefault(s.paragraph, []).append(s.text.strip().strip("*_ \t"))
    questions = {p for p, texts in by_para.items() if all(t.rstrip("\"\u201d'").endswith("?") for t in texts)}
    paras = asker_paragraphs(sentences, by_para, questions)
    return {i for i, s in enumerate(sentences) if s.kind == "body" and s.paragraph in paras}
