"""A quotation set on its own with its speaker labelled after it in brackets, as reports set out voices from a
survey or a box of testimony: '"The brigadier keeps our passports in his car." (Tajik farmhand, 38, Amur
Oblast)'. The label (a description or a name, then an age, then perhaps a place) speaks the whole quotation, which
no reporting verb attributes: each label a person of their own, worded as the label up to the age. The passages set
under a line that labels them ("Answer, from the Minister ...:") are given to their speaker here too
(:mod:`labourlens.analyse.labelled_sections`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from labourlens.analyse.labelled_sections import labelled_sections
from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify

if TYPE_CHECKING:
    from labourlens.analyse.attribution import Attribution
    from labourlens.analyse.registry import Registry
    from labourlens.model import Sentence

__all__ = ["labelled_quotes"]

# a paragraph that is one quotation and a bracketed label: who (a description or a name), age, and maybe where
_LABELLED = re.compile(r"^\s*[\"\u201c][^\"\u201c\u201d]{10,}[\"\u201d]\s*\((?P<label>(?P<who>[A-Za-z][\w'\u2019 .-]{2,60}?),\s*"
                       r"\d{1,2}(?:\s*,\s*[^()\n]{2,60})?)\)\s*$")


def labelled_quotes(text: str, sentences: list[Sentence], result: list[Attribution], reg: Registry) -> None:
    """Give each quotation paragraph labelled so to the person its label describes (in place), unless a
    sentence of it already names its speaker; and each passage under an answer's label to the label's speaker."""
    labelled_sections(sentences, result, reg)
    paragraphs: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        if s.kind == "body":
            paragraphs.setdefault(s.paragraph, []).append(i)
    for idx in paragraphs.values():
        if any(result[i].explicit and result[i].source != OUTLET_KEY for i in idx):
            continue
        m = _LABELLED.match(text[sentences[idx[0]].start:sentences[idx[-1]].end])
        if m is None:
            continue
        wording = m.group("label").split(",")[0].strip() + ", " + m.group("label").split(",")[1].strip()
        if classify(wording) not in ("anonymous_source", "named_person"):
            continue
        src = reg.resolve(Mention(wording, 0, 0, "said", True), sentences[idx[0]].start, "")
        for i in idx:
            result[i] = replace(result[i], source=src.key, cue="said", explicit=True, direct=True)
