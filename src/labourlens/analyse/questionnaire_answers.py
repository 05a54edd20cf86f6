"""The answers of a questionnaire that a firm filled in: a buyer's supplier self-assessment, an audit's pre-visit form.

Such a page names the firm that answers in a field of its header ("Buyer: X Ltd | Supplier: Y Co., Ltd.",
"Respondent: Z Textiles Ltd") and sets each answer in a paragraph of its own, under its question, opened by a label
("Answer: Yes. The mill repays the broker ..."). The sentences of those paragraphs are the firm's words, not the page's
voice: the firm speaks (``organization``). A sentence there that names a speaker of its own keeps it. At least two
such answers make the page a questionnaire. Examples are invented."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["questionnaire_answers"]

_HEAD = 600  # the header's fields stand at the top of the page
# the field that names the firm answering (after another field on the same line, "Buyer: X | Supplier: Y")
_FIELD = re.compile(r"(?im)^(?:[^\n|]*\|[ \t]*)*(?:supplier|respondent|vendor|manufacturer|factory|company)(?:[ \t]+name)?"
                    r"[ \t]*:[ \t]*(?P<who>[^|\n]{3,100}?)[ \t]*(?:\||$)")
_ANSWER = re.compile(r"^\s*(?:answer|response|reply|supplier(?:['\u2019]s)?\s+(?:answer|response))\s*:\s*\S", re.IGNORECASE)
_MIN_ANSWERS = 2


def questionnaire_answers(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the sentences of each labelled answer to the firm the header names (in place; see the module doc)."""
    if "nswer" not in text and "esponse" not in text:
        return
    field = _FIELD.search(text, 0, _HEAD)
    if field is None or classify(field.group("who")) != "organization":
        return
    answers = {s.paragraph for j, s in enumerate(sentences) if s.kind == "body" and _ANSWER.match(s.text)
               and (j == 0 or sentences[j - 1].paragraph != s.paragraph)}
    if len(answers) < _MIN_ANSWERS:
        return
    src = None
    for k, s in enumerate(sentences):
        if s.kind != "body" or s.paragraph not in answers or result[k].source != OUTLET_KEY or result[k].explicit:
            continue
        if src is None:
            src = reg.resolve(Mention(field.group("who"), 0, len(field.group("who")), "answered"), s.start, "")
            src.kind = "organization"
        result[k] = replace(result[k], source=src.key, cue="said", direct=False, explicit=False, span=None)
