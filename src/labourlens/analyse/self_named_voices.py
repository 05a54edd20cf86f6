"""A first-person text whose speaker names themself, a pass of :mod:`labourlens.analyse.forum_posts` (the last
passes of the attribution).

Voice notes, recorded messages and testimonies printed as they were spoken open with the speaker's own name
("Salaam, this is Bilal.", "Hello, my name is Rosa.", "My name here is Amina, it is not my real name."): the
first-person sentences after it that nobody else is named for are that person's, paragraph after paragraph,
up to a paragraph with no first person or an editor's note. The name must come in a sentence of the page's own
voice among the first paragraphs of the body, outside quotation marks unless the quotation opens on it (a testimony
that starts '"My name is Rosa. I am 41."', no one named for it). Examples here and in the tests are
invented.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from labourlens.analyse.speakers import OUTLET_KEY, Mention, classify
from labourlens.model import Sentence

if TYPE_CHECKING:
    from labourlens.analyse.registry import Registry

__all__ = ["self_named_voices"]

_NAME = r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2}"
# "Salaam, this is Bilal.", "Hello, my name is Rosa", "My name here is Amina", "I am Kofi, ..."
_SELF = re.compile(r"(?:^[\"\u201c]?|[.,!]\s+)(?:[Tt]his\s+is|[Mm]y\s+name(?:\s+here)?\s+is)\s+(?P<name>"
                   + _NAME + r")(?=\s*[.,!]|$)")
_CUE = ("this is ", "This is ", "name is ", "name here is ")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|We|my|My|our|Our|me|us)\b")
_OPENING_QUOTE = re.compile(r"^\s*[\"\u201c](?:[Mm]y\s+name(?:\s+here)?\s+is|[Tt]his\s+is)\s")  # the quotation opens on the name
_NOTE = re.compile(r"^\W{0,3}(?:Editor'?s?\s+note|Note|Update|Correction|Postscript)\b", re.IGNORECASE)


def self_named_voices(text: str, sentences: Sequence[Sentence], result: list[Any], reg: Registry) -> None:
    """Give the first-person sentences after a speaker's "this is X" to X (in place; see the module doc)."""
    if not any(c in text[:3000] for c in _CUE):
        return
    body = [i for i, s in enumerate(sentences) if s.kind == "body"]
    paras = sorted({sentences[i].paragraph for i in body})[:4]
    found: tuple[int, str, int] | None = None
    for i in body:
        s = sentences[i]
        if s.paragraph not in paras:
            break
        opening = _OPENING_QUOTE.match(s.text) is not None  # a testimony may open so: '"My name is Rosa. I am 41."'
        if result[i].explicit or not opening and (result[i].source != OUTLET_KEY or s.quote is not None
                                                  or '"' in s.text or "\u201c" in s.text):
            continue
        m = _SELF.search(s.text)
        if m is not None and classify(m.group("name")) == "named_person":
            found = (i, m.group("name"), s.start + m.start("name"))
            break
    if found is None:
        return
    at, name, offset = found
    speaker = None
    para, going = sentences[at].paragraph, True
    for i in range(at, len(sentences)):
        s = sentences[i]
        if s.kind != "body":
            continue
        if s.paragraph != para:
            para = s.paragraph
            going = _NOTE.match(s.text) is None and bool(_FIRST_PERSON.search(text[s.start:_para_end(sentences, i)]))
        if not going:
            return
        if result[i].source != OUTLET_KEY or result[i].explicit or not _FIRST_PERSON.search(s.text):
            continue
        if speaker is None:
            speaker = reg.resolve(Mention(name, offset, offset + len(name), "said", True), s.start, "")
            speaker.kind = "named_person"
        result[i] = replace(result[i], source=speaker.key, cue="said", direct=True)


def _para_end(sentences: Sequence[Sentence], i: int) -> int:
    j = i
    while j + 1 < len(sentences) and sentences[j + 1].paragraph == sentences[i].paragraph:
        j += 1
    return sentences[j].end
